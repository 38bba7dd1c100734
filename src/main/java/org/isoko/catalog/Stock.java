package org.isoko.catalog;

/**
 * Reserves and releases units of a lot. A reservation is one conditional update ("take n
 * if at least n are left"), never a read followed by a write, so concurrent buyers cannot
 * oversell; a database CHECK backs it. Both methods join the caller's transaction, so an
 * order and its reservation commit or roll back together.
 */
public interface Stock {

	/**
	 * @throws OutOfStock when fewer than {@code quantity} units are left (nothing is
	 * reserved then)
	 */
	void reserve(LotId lot, int quantity);

	/** Gives back units of an expired, declined or cancelled reservation. */
	void release(LotId lot, int quantity);

}
