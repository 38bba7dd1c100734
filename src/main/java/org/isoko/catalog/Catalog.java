package org.isoko.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.isoko.network.CorridorId;

/**
 * Read access to lots for other modules (ordering takes its price and product snapshot
 * from here).
 */
public interface Catalog {

	Optional<LotDetails> lot(LotId id);

	/**
	 * The lots with these ids, in one read however many they are (an order's lines):
	 * keyed by id in the order given; ids that are no lot are left out. For placing and
	 * quoting orders, which never show the producer's story: it is not read (the
	 * {@code story} is null, the translations empty); read a lot page's with
	 * {@link #lot}.
	 */
	Map<LotId, LotDetails> lots(Collection<LotId> ids);

	/**
	 * The first-created lot with this seller's reference (e.g. "ABZ-2026-FW-01"); demo
	 * data and fixtures find lots by it.
	 */
	Optional<LotDetails> lotByReference(String reference);

	/**
	 * The lot as listed on the corridor, whether listed or paused; empty when the lot is
	 * not on that corridor.
	 */
	Optional<Offer> offer(LotId lot, CorridorId corridor);

	/**
	 * Lots with units available that are on at least one of {@code corridors} (listed or
	 * paused), newest first, at most {@code limit}.
	 */
	List<LotSummary> availableOn(Collection<CorridorId> corridors, int limit);

}
