package org.isoko.logistics.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.isoko.logistics.planning.ConsolidationPlanner.Candidate;
import org.isoko.logistics.planning.ConsolidationPlanner.Departure;
import org.isoko.logistics.planning.ConsolidationPlanner.Plan;
import org.junit.jupiter.api.Test;

/**
 * The plan's rules on random cases (the seed is printed, so a failure can be replayed):
 * capacity never exceeded, every parcel planned at most once, departures past their
 * cut-off left alone, no space left that a waiting parcel would fit, and fairness: with
 * parcels of one size, sellers' shares of a departure differ by at most one while each
 * still has parcels waiting.
 */
class ConsolidationPlannerRandomizedUnitTests {

	static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

	@Test
	void capacityCutOffAndUniquenessHoldAndNoRoomIsLeftThatAWaitingParcelFits() {
		long seed = System.nanoTime();
		System.out.println("ConsolidationPlannerRandomizedUnitTests seed " + seed);
		Random random = new Random(seed);
		for (int round = 0; round < 500; round++) {
			List<UUID> sellers = ids(1 + random.nextInt(6));
			List<Candidate> parcels = new ArrayList<>();
			for (int i = random.nextInt(80); i > 0; i--) {
				parcels.add(new Candidate(UUID.randomUUID(), sellers.get(random.nextInt(sellers.size())),
						1 + random.nextInt(40_000), 1 + random.nextInt(4), NOW.minusSeconds(random.nextInt(86_400))));
			}
			List<Departure> departures = new ArrayList<>();
			for (int i = random.nextInt(5); i > 0; i--) {
				departures.add(new Departure(UUID.randomUUID(), NOW.plusSeconds(random.nextInt(172_800) - 36_000),
						random.nextInt(400_000), random.nextInt(60)));
			}
			Plan plan = ConsolidationPlanner.plan(parcels, departures, NOW);
			String context = "seed " + seed + ", round " + round;

			Set<UUID> seen = new HashSet<>();
			plan.loads().values().forEach(load -> load.forEach(c -> assertThat(seen.add(c.id())).as(context).isTrue()));
			plan.unplanned().forEach(c -> assertThat(seen.add(c.id())).as(context).isTrue());
			assertThat(seen).as(context).hasSize(parcels.size());

			for (Departure d : departures) {
				List<Candidate> load = plan.loads().get(d.id());
				if (!NOW.isBefore(d.cutoffAt())) {
					assertThat(load).as(context + ": past its cut-off").isNull();
					continue;
				}
				long grams = load.stream().mapToLong(Candidate::grams).sum();
				int pieces = load.stream().mapToInt(Candidate::pieces).sum();
				assertThat(grams).as(context).isLessThanOrEqualTo(d.freeGrams());
				assertThat(pieces).as(context).isLessThanOrEqualTo(d.freePieces());
				for (Candidate waiting : plan.unplanned()) {
					assertThat(waiting.grams() <= d.freeGrams() - grams && waiting.pieces() <= d.freePieces() - pieces)
						.as(context + ": " + waiting + " fits the room left in " + d)
						.isFalse();
				}
			}
		}
	}

	@Test
	void sellersTakeTurnsAndEachSellersOldestParcelsGoFirst() {
		long seed = System.nanoTime();
		System.out.println("ConsolidationPlannerRandomizedUnitTests fairness seed " + seed);
		Random random = new Random(seed);
		for (int round = 0; round < 300; round++) {
			List<UUID> sellers = ids(2 + random.nextInt(5));
			List<Candidate> parcels = new ArrayList<>();
			for (int i = 5 + random.nextInt(100); i > 0; i--) {
				parcels.add(new Candidate(UUID.randomUUID(), sellers.get(random.nextInt(sellers.size())), 5_000, 1,
						NOW.minus(Duration.ofMinutes(random.nextInt(10_000)))));
			}
			Departure only = new Departure(UUID.randomUUID(), NOW.plusSeconds(3600), 5_000L * random.nextInt(60), 1000);
			Plan plan = ConsolidationPlanner.plan(parcels, List.of(only), NOW);
			String context = "seed " + seed + ", round " + round;
			Map<UUID, Integer> loaded = new HashMap<>();
			plan.loads().get(only.id()).forEach(c -> loaded.merge(c.seller(), 1, Integer::sum));
			Set<UUID> stillWaiting = new HashSet<>();
			plan.unplanned().forEach(c -> stillWaiting.add(c.seller()));
			for (UUID waiting : stillWaiting) {
				int mine = loaded.getOrDefault(waiting, 0);
				loaded.values().forEach(other -> assertThat(other - mine).as(context).isLessThanOrEqualTo(1));
			}
			for (Candidate left : plan.unplanned()) {
				plan.loads()
					.get(only.id())
					.stream()
					.filter(c -> c.seller().equals(left.seller()))
					.forEach(c -> assertThat(c.receivedAt()).as(context).isBeforeOrEqualTo(left.receivedAt()));
			}
		}
	}

	@Test
	void earlierDeparturesTakeTheOldestParcels() {
		UUID seller = UUID.randomUUID();
		Candidate old = new Candidate(UUID.randomUUID(), seller, 10_000, 1, NOW.minusSeconds(7200));
		Candidate young = new Candidate(UUID.randomUUID(), seller, 10_000, 1, NOW.minusSeconds(60));
		Departure later = new Departure(UUID.randomUUID(), NOW.plusSeconds(86_400), 10_000, 5);
		Departure sooner = new Departure(UUID.randomUUID(), NOW.plusSeconds(3600), 10_000, 5);
		Plan plan = ConsolidationPlanner.plan(List.of(young, old), List.of(later, sooner), NOW);
		assertThat(plan.loads().get(sooner.id())).containsExactly(old);
		assertThat(plan.loads().get(later.id())).containsExactly(young);
	}

	@Test
	void theRoomLeftWhenTurnsEndIsFilledHeaviestFirst() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		Candidate aOld = new Candidate(UUID.randomUUID(), a, 9_000, 1, NOW.minusSeconds(3600));
		Candidate bTooBig = new Candidate(UUID.randomUUID(), b, 8_000, 1, NOW.minusSeconds(3000));
		Candidate bSmall = new Candidate(UUID.randomUUID(), b, 1_500, 1, NOW.minusSeconds(200));
		Candidate bMedium = new Candidate(UUID.randomUUID(), b, 2_000, 1, NOW.minusSeconds(100));
		Candidate aYoung = new Candidate(UUID.randomUUID(), a, 1_000, 1, NOW.minusSeconds(60));
		Departure d = new Departure(UUID.randomUUID(), NOW.plusSeconds(3600), 12_000, 5);
		Plan plan = ConsolidationPlanner.plan(List.of(aOld, bTooBig, bSmall, bMedium, aYoung), List.of(d), NOW);
		// turns: a's 9 kg; b's next (8 kg) does not fit, so b's turns end; a's 1 kg; then
		// the 2 kg left go to the heaviest waiting parcel that fits: b's 2 kg, not its
		// 1.5 kg
		assertThat(plan.loads().get(d.id())).containsExactly(aOld, aYoung, bMedium);
		assertThat(plan.unplanned()).containsExactly(bTooBig, bSmall);
	}

	static List<UUID> ids(int n) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ids.add(UUID.randomUUID());
		}
		return ids;
	}

}
