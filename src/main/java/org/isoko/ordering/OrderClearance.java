package org.isoko.ordering;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The seam through which the destination's customs (the customs module) reads the order
 * it declares and moves it through clearance: handed to customs makes a SHIPPED order
 * IN_CUSTOMS, released makes it CLEARED (then delivery goes on as for any order). Both
 * are idempotent: a change the order already went through is ignored.
 */
public interface OrderClearance {

	/** The order as declared to customs: lines, charges, buyer, address, payment. */
	Optional<Order> declarable(OrderId id);

	/**
	 * A SHIPPED order's goods were handed to customs: it becomes IN_CUSTOMS.
	 * @return true when the order changed
	 */
	boolean handedToCustoms(OrderId id, String by, Instant at);

	/**
	 * Customs released the goods: an IN_CUSTOMS order becomes CLEARED.
	 * @return true when the order changed
	 */
	default boolean releasedByCustoms(OrderId id, String by, Instant at) {
		return releasedByCustoms(id, by, null, at);
	}

	/**
	 * Customs released the goods under a tax bill: an IN_CUSTOMS order becomes CLEARED,
	 * the reference is recorded on the order (the reason of the change) and in
	 * {@link OrderCleared}.
	 * @return true when the order changed
	 */
	boolean releasedByCustoms(OrderId id, String by, @Nullable String taxBill, Instant at);

}
