package org.isoko.ordering;

/**
 * Where the units of an order go when it gives them up (expired, declined, cancelled):
 * the seam through which a module that reserved an order's units its own way (a drop
 * keeps its own count) takes them back, without ordering depending on it. Ordering asks
 * each implementation in turn; when none takes the order, its units go back to their
 * lots. Called in the transaction that changes the order's status.
 */
public interface ReturnedUnits {

	/**
	 * @return true when the order's units were reserved through this module and it took
	 * them back (ordering then leaves the lots alone); false when the order is not one of
	 * its own
	 */
	boolean takeBack(Order order);

}
