package org.isoko.logistics.planning;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * Proposes which parcels go on which departure of one corridor.
 * <ol>
 * <li>Departures still open at {@code now} are filled in the order they leave (earliest
 * cut-off first), so the oldest parcels take the earliest departure.</li>
 * <li>Within a departure, sellers take turns (round robin, the seller whose oldest
 * waiting parcel is oldest first), each turn taking that seller's oldest parcel that
 * still fits (heaviest first among parcels received at the same instant). A small seller
 * is not left behind because a big one dropped off a pallet's worth first.</li>
 * <li>When no seller's next parcel fits any more, the space left is filled heaviest first
 * with whatever still fits (first-fit decreasing), so a departure never leaves with room
 * a waiting parcel could have used.</li>
 * </ol>
 * Capacity in kg and pieces is never exceeded; parcels that fit nowhere stay unplanned.
 * Runs in O(n log n + n·d) for n parcels and d departures.
 */
public final class ConsolidationPlanner {

	/** A received parcel waiting for a departure. */
	public record Candidate(UUID id, UUID seller, long grams, int pieces, Instant receivedAt) {

		public Candidate {
			if (grams <= 0 || pieces <= 0) {
				throw new IllegalArgumentException("A parcel weighs more than 0 g and has at least one piece");
			}
		}
	}

	/** A departure with the room it has left. */
	public record Departure(UUID id, Instant cutoffAt, long freeGrams, int freePieces) {
	}

	/**
	 * The proposal: parcels per departure (in loading order) and those left for later.
	 */
	public record Plan(Map<UUID, List<Candidate>> loads, List<Candidate> unplanned) {

		public int planned() {
			return loads.values().stream().mapToInt(List::size).sum();
		}
	}

	private static final Comparator<Candidate> OLDEST_THEN_HEAVIEST = Comparator.comparing(Candidate::receivedAt)
		.thenComparing(Comparator.comparingLong(Candidate::grams).reversed())
		.thenComparing(Candidate::id);

	private ConsolidationPlanner() {
	}

	public static Plan plan(List<Candidate> parcels, List<Departure> departures, Instant now) {
		Map<UUID, List<Candidate>> loads = new LinkedHashMap<>();
		List<Departure> open = departures.stream()
			.filter(d -> now.isBefore(d.cutoffAt()))
			.sorted(Comparator.comparing(Departure::cutoffAt).thenComparing(Departure::id))
			.toList();
		Map<UUID, Deque<Candidate>> bySeller = new HashMap<>();
		parcels.stream()
			.sorted(OLDEST_THEN_HEAVIEST)
			.forEach(p -> bySeller.computeIfAbsent(p.seller(), s -> new ArrayDeque<>()).add(p));
		for (Departure departure : open) {
			long grams = departure.freeGrams();
			int pieces = departure.freePieces();
			List<Candidate> load = new ArrayList<>();
			// sellers in turn, the one with the oldest waiting parcel first
			PriorityQueue<Deque<Candidate>> turns = new PriorityQueue<>(
					Comparator.comparing((Deque<Candidate> q) -> q.peekFirst(), OLDEST_THEN_HEAVIEST));
			bySeller.values().stream().filter(q -> !q.isEmpty()).forEach(turns::add);
			List<Deque<Candidate>> skippedThisRound = new ArrayList<>();
			while (!turns.isEmpty()) {
				Deque<Candidate> queue = turns.poll();
				Candidate next = queue.peekFirst();
				if (next.grams() <= grams && next.pieces() <= pieces) {
					queue.pollFirst();
					load.add(next);
					grams -= next.grams();
					pieces -= next.pieces();
					if (!queue.isEmpty()) {
						skippedThisRound.add(queue); // back in line after the others'
														// turn
					}
				}
				// a seller whose next parcel does not fit waits for the fill pass
				if (turns.isEmpty() && !skippedThisRound.isEmpty()) {
					turns.addAll(skippedThisRound);
					skippedThisRound.clear();
				}
			}
			// fill what is left, heaviest first
			List<Candidate> rest = new ArrayList<>();
			bySeller.values().forEach(rest::addAll);
			rest.sort(Comparator.comparingLong(Candidate::grams).reversed().thenComparing(OLDEST_THEN_HEAVIEST));
			for (Candidate c : rest) {
				if (c.grams() <= grams && c.pieces() <= pieces) {
					bySeller.get(c.seller()).remove(c);
					load.add(c);
					grams -= c.grams();
					pieces -= c.pieces();
				}
			}
			loads.put(departure.id(), List.copyOf(load));
		}
		List<Candidate> unplanned = new ArrayList<>();
		bySeller.values().forEach(unplanned::addAll);
		unplanned.sort(OLDEST_THEN_HEAVIEST);
		return new Plan(loads, unplanned);
	}

}
