package org.isoko.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.UserId;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The seam through which ordering hands the orderer's identity of a cross-border retail
 * order to the customs module, which checks it, keeps it encrypted and declares it
 * (ordering does not depend on customs). Without that module (ordering bootstrapped
 * alone) no identity is asked for.
 */
public interface OrdererIdentities {

	/** Whether checkout (page and API) asks for the orderer's identity. */
	boolean requiredAtCheckout();

	/**
	 * The problems of a typed or chosen identity, by field ({@code name},
	 * {@code idNumber}, {@code saved}) as message keys; empty when it is fine.
	 */
	java.util.Map<String, String> problems(UserId buyer, Orderer orderer);

	/**
	 * Keeps the orderer's identity of a cross-border retail order, in the order's
	 * transaction. Without one, the buyer's latest saved identity is used when there is
	 * one, unless {@code required}.
	 * @throws InvalidInput naming the field ({@code orderer.name},
	 * {@code orderer.idNumber}, {@code orderer.saved}, or {@code orderer} when none was
	 * given but one is required)
	 */
	void keep(OrderId order, UserId buyer, @Nullable Orderer orderer, boolean required, Instant at);

	/**
	 * Checks an identity as {@link #keep} does, writing nothing: for orders written later
	 * in a batch (drop orders), refused before they are claimed.
	 * @throws InvalidInput as {@link #keep} does
	 */
	void check(UserId buyer, @Nullable Orderer orderer, boolean required);

	/** The buyer's saved identities, masked, newest first. */
	List<Saved> saved(UserId buyer);

	/** The identity an order was declared with, masked; empty once erased. */
	Optional<Saved> ofOrder(OrderId order);

	/** A saved identity as the buyer may see it: the name and the masked ID number. */
	record Saved(UUID id, String name, String maskedIdNumber) {
	}

}
