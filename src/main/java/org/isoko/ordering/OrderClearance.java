package org.isoko.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The seam through which the destination's customs (the customs module) reads the order
 * it declares and moves it through clearance: handed to customs makes a SHIPPED order
 * IN_CUSTOMS, released makes it CLEARED (then delivery goes on as for any order), held
 * notes the reason on its timeline, refused refunds it. All are idempotent: a change the
 * order already went through is ignored.
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

	/** One order customs released, with the tax bill it was released under (if any). */
	record Release(OrderId order, @Nullable String taxBill) {
	}

	/**
	 * Customs released the goods of several orders at once (one receipt message): each as
	 * {@link #releasedByCustoms(OrderId, String, String, Instant)} does — the same
	 * history row and {@link OrderCleared} per order, in the list's order — but in one
	 * transaction, the orders read and written in a few statements for all of them.
	 * @return the orders that changed (those IN_CUSTOMS), in the list's order
	 */
	List<OrderId> releasedByCustoms(List<Release> releases, String by, Instant at);

	/**
	 * Customs issued the electronic tax bill of the goods it released (China's CEB816,
	 * after the release): its number is recorded on the order's timeline, whatever its
	 * status; the status does not change. The caller records each bill once.
	 * @return true when the order's timeline changed
	 */
	boolean taxBillIssued(OrderId id, String by, String taxBill, Instant at);

	/**
	 * Customs holds the goods: an IN_CUSTOMS order stays so, its timeline gets the reason
	 * (a message key of the customs bundle, so that each reader sees it in their
	 * language).
	 * @return true when the order's timeline changed
	 */
	boolean heldByCustoms(OrderId id, String by, String reasonKey, Instant at);

	/**
	 * Customs refused the goods (they go back): an IN_CUSTOMS order is REFUNDED, which
	 * gives the buyer their money back through the refund path; nothing returns to the
	 * seller's stock (the goods are abroad).
	 * @return true when the order changed
	 */
	boolean refusedByCustoms(OrderId id, String by, String reasonKey, Instant at);

}
