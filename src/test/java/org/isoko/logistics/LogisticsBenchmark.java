package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.isoko.logistics.documents.HouseWaybillNumber;
import org.isoko.logistics.documents.Hub;
import org.isoko.logistics.documents.LabelData;
import org.isoko.logistics.documents.Party;
import org.isoko.logistics.documents.ShippingLabels;
import org.isoko.logistics.planning.ConsolidationPlanner;
import org.isoko.logistics.planning.ConsolidationPlanner.Candidate;
import org.isoko.logistics.planning.ConsolidationPlanner.Departure;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The in-process parts of the logistics benchmark: planning a drop's worth of parcels
 * (20,000 from 300 sellers over 20 departures) and rendering 1,000 labels (Chinese and
 * Kinyarwanda captions), a PDF each and as one PDF. Prints the time per step and
 * labels/s. Not part of {@code verify}; run it with
 * {@code ./mvnw -B test -Pbenchmarks -Dtest=LogisticsBenchmark}. The carrier events'
 * ingestion is timed by {@code CarrierEventsBenchmark}.
 */
@Tag("benchmark")
class LogisticsBenchmark {

	static final int PARCELS = Integer.getInteger("isoko.bench.parcels", 20_000);

	static final int LABELS = Integer.getInteger("isoko.bench.labels", 1_000);

	@Test
	void planningADropsWorthOfParcels() {
		Random random = new Random(42);
		Instant now = Instant.parse("2026-12-06T08:00:00Z");
		List<UUID> sellers = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			sellers.add(UUID.randomUUID());
		}
		List<Candidate> parcels = new ArrayList<>();
		for (int i = 0; i < PARCELS; i++) {
			parcels.add(new Candidate(UUID.randomUUID(), sellers.get(random.nextInt(sellers.size())),
					500 + random.nextInt(60_000), 1 + random.nextInt(3), now.minusSeconds(random.nextInt(172_800))));
		}
		List<Departure> departures = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			departures
				.add(new Departure(UUID.randomUUID(), now.plus(Duration.ofHours(6 + 12L * i)), 30_000_000, 1_200));
		}
		for (int i = 0; i < 3; i++) {
			ConsolidationPlanner.plan(parcels, departures, now); // warm-up
		}
		BenchmarkClock start = BenchmarkClock.start();
		ConsolidationPlanner.Plan plan = ConsolidationPlanner.plan(parcels, departures, now);
		start.report("Planning " + PARCELS + " parcels over " + departures.size() + " departures (" + plan.planned()
				+ " planned, " + plan.unplanned().size() + " left)", PARCELS, "parcels");
		assertThat(plan.planned() + plan.unplanned().size()).isEqualTo(PARCELS);
	}

	@Test
	void renderingLabels() {
		ShippingLabels labels = new ShippingLabels();
		Hub kigali = new Hub(HubCode.of("KGL"), "Kigali");
		Hub hangzhou = new Hub(HubCode.of("HGH"), "杭州 Hangzhou");
		Party seller = Party.of("Abahuzamugambi Coffee Cooperative", CountryCode.of("RW"), "Maraba", "Huye");
		Party buyer = Party.of("王小明", CountryCode.of("CN"), "西湖区文三路 90 号", "杭州市 310012");
		for (int i = 0; i < 50; i++) {
			labels.render(label(i, seller, buyer, kigali, hangzhou)); // warm-up
		}
		long bytes = 0;
		List<LabelData> drop = new ArrayList<>();
		for (int i = 0; i < LABELS; i++) {
			drop.add(label(1000 + i, seller, buyer, kigali, hangzhou));
		}
		labels.renderAll(drop.subList(0, 50)); // warm-up
		// Paired, in this process: a PDF per label, then the drop's labels as one PDF.
		BenchmarkClock start = BenchmarkClock.start();
		for (LabelData label : drop) {
			bytes += labels.render(label).length;
		}
		start.report("Rendering " + LABELS + " labels, a PDF each (" + bytes / LABELS + " bytes each on average)",
				LABELS, "labels");
		start = BenchmarkClock.start();
		int size = labels.renderAll(drop).length;
		start.report("Rendering " + LABELS + " labels as one PDF of " + LABELS + " pages (" + size / LABELS
				+ " bytes per page)", LABELS, "labels");
	}

	static LabelData label(int serial, Party seller, Party buyer, Hub origin, Hub destination) {
		return new LabelData(new HouseWaybillNumber(origin.code(), serial), "RW-" + serial, seller, buyer, origin,
				destination, 2_100, 2, LocalDate.of(2026, 12, 6), Locale.forLanguageTag("rw"), Locale.CHINESE);
	}

}
