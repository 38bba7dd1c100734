package org.isoko.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	/**
	 * Reserves units of several lots (an order's lines) as {@link #reserve} does each, in
	 * two statements whatever their number: their rows locked in id order (two orders
	 * that share lots cannot deadlock) with the units left read under the lock, then one
	 * conditional update. Nothing is reserved when a lot is short.
	 * @param quantities units per lot, each at least 1
	 * @throws OutOfStock for the first lot, in id order, with fewer units left than asked
	 */
	void reserveAll(Map<LotId, Integer> quantities);

	/**
	 * Reserves for many orders at once (a batch of placements written in one
	 * transaction), each as {@link #reserveAll} would, in two statements for the whole
	 * batch: every lot of the batch locked in id order with its units read under the
	 * lock, then one conditional update of each lot for what the served orders take of
	 * it. Orders are served in the order given; an order with a lot short of what the
	 * earlier ones left gets nothing and takes nothing, and the batch goes on.
	 * @param orders per order, units per lot (each at least 1)
	 * @return per order, in the order given: empty when reserved, else the first lot (in
	 * id order) that was short
	 */
	List<Optional<OutOfStock>> reserveEach(List<Map<LotId, Integer>> orders);

	/** Gives back units of an expired, declined or cancelled reservation. */
	void release(LotId lot, int quantity);

}
