package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserDirectory;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.HubCode;
import org.isoko.support.LotFixtures;
import org.isoko.support.MutableClock;
import org.isoko.support.MutableClockConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database parts of the logistics benchmark, through the same services as the API: a
 * drop's worth of parcels (20,000) received at Kigali, planned into consignments and
 * departed; then 100,000 carrier events with 10 % duplicates, shuffled, ingested in
 * batches of 1,000. Prints the time per step and events/s. Sizes:
 * {@code -Disoko.bench.parcels=…}, {@code -Disoko.bench.events=…}. Not part of
 * {@code verify}: {@code ./mvnw -B test -Pbenchmarks -Dtest=LogisticsFlowBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@Import(MutableClockConfiguration.class)
class LogisticsFlowBenchmark {

	static final int PARCELS = Integer.getInteger("isoko.bench.parcels", 20_000);

	static final int EVENTS = Integer.getInteger("isoko.bench.events", 100_000);

	@Autowired
	Parcels parcels;

	@Autowired
	Consignments consignments;

	@Autowired
	CarrierEvents carrierEvents;

	@Autowired
	LogisticsStore store;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void aDropsWorthOfParcelsAndTheirCarrierEvents() {
		CurrentUser agent = users.findByEmail("logistics.kigali@isoko.demo").orElseThrow();
		CorridorId corridor = new CorridorId(LotFixtures.corridor(jdbc, "KGL", "HGH"));
		Random random = new Random(7);
		List<UUID> sellers = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			sellers.add(UUID.randomUUID());
		}
		List<Parcel> created = new ArrayList<>();
		for (int i = 0; i < PARCELS; i++) {
			Instant at = clock.instant();
			Parcel p = new Parcel(ParcelId.random(), Waybill.of(HubCode.of("KGL"), store.nextWaybillSerial()),
					OrderId.random(), "BENCH-" + i, new OrganisationId(sellers.get(random.nextInt(sellers.size()))),
					"Bench seller", new UserId(UUID.randomUUID()), corridor, HubCode.of("KGL"), HubCode.of("HGH"),
					1_000 + random.nextInt(30_000), 1 + random.nextInt(3), null, null, null, null, null,
					Handover.DROP_OFF, null, Milestone.LABEL_CREATED, null, at, null, null, at);
			store.insert(p);
			created.add(p);
		}

		long start = System.nanoTime();
		for (Parcel p : created) {
			parcels.receive(agent, p.waybill(), p.declaredGrams(), null);
		}
		report("Received " + PARCELS + " parcels", start, PARCELS, "parcels");

		List<ConsignmentId> departures = new ArrayList<>();
		for (int i = 0; i < PARCELS / 1_000 + 1; i++) {
			departures
				.add(consignments
					.create(agent,
							new Consignments.NewConsignment(corridor, DepartureMode.TRUCK,
									clock.instant().plus(Duration.ofHours(2 + i)), 20_000_000, 1_500, "BENCH-" + i))
					.id());
		}
		start = System.nanoTime();
		Consignments.PlanView plan = consignments.proposePlan(agent, corridor);
		report("Planned (proposal, read included)", start, PARCELS, "parcels");
		start = System.nanoTime();
		plan.loads().forEach((id, waybills) -> waybills.forEach(w -> consignments.load(agent, id, w)));
		report("Loaded as planned", start, PARCELS, "parcels");
		start = System.nanoTime();
		departures.forEach(id -> consignments.depart(agent, id));
		report("Departed " + departures.size() + " consignments", start, PARCELS, "parcels");

		List<CarrierEvents.ScanEvent> events = new ArrayList<>();
		Milestone[] journey = { Milestone.ARRIVED_AT_DESTINATION, Milestone.OUT_FOR_DELIVERY, Milestone.EXCEPTION,
				Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED };
		Instant base = clock.instant();
		for (int i = 0; i < EVENTS; i++) {
			Parcel p = created.get(i % created.size());
			int step = (i / created.size()) % journey.length;
			events.add(new CarrierEvents.ScanEvent("bench-" + i, p.waybill().value(), journey[step],
					base.plusSeconds(60L * (i / created.size()) + 1), "HGH", "B" + step,
					journey[step] == Milestone.EXCEPTION ? "Address incomplete" : null));
		}
		List<CarrierEvents.ScanEvent> sent = new ArrayList<>(events);
		for (int i = 0; i < EVENTS / 10; i++) {
			sent.add(events.get(random.nextInt(EVENTS)));
		}
		Collections.shuffle(sent, random);
		clock.advance(Duration.ofDays(1));
		start = System.nanoTime();
		int accepted = 0;
		for (int from = 0; from < sent.size(); from += 1_000) {
			accepted += carrierEvents.ingest("Bench carrier", sent.subList(from, Math.min(sent.size(), from + 1_000)))
				.accepted();
		}
		report("Ingested " + sent.size() + " carrier events (" + (sent.size() - EVENTS) + " duplicates, shuffled)",
				start, sent.size(), "events");
		assertThat(accepted).isEqualTo(EVENTS);
	}

	static void report(String step, long startNanos, int items, String unit) {
		double seconds = (System.nanoTime() - startNanos) / 1e9;
		System.out.printf("%s: %.2f s, %,.0f %s/s%n", step, seconds, items / seconds, unit);
	}

}
