package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

	/**
	 * Concurrent carrier deliveries: above 1, the batched half is sent half by one sender
	 * and half by this many at once.
	 */
	static final int SENDERS = Integer.getInteger("isoko.bench.senders", 1);

	@Autowired
	Parcels parcels;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

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
	LotFixtures lotFixtures;

	@Autowired
	MutableClock clock;

	@Test
	void aDropsWorthOfParcelsAndTheirCarrierEvents() {
		CurrentUser agent = users.findByEmail("logistics.kigali@isoko.demo").orElseThrow();
		CorridorId corridor = new CorridorId(lotFixtures.corridor("KGL", "HGH"));
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

		BenchmarkClock start = BenchmarkClock.start();
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
		start = BenchmarkClock.start();
		Consignments.PlanView plan = consignments.proposePlan(agent, corridor);
		report("Planned (proposal, read included)", start, PARCELS, "parcels");
		start = BenchmarkClock.start();
		plan.loads().forEach((id, waybills) -> waybills.forEach(w -> consignments.load(agent, id, w)));
		report("Loaded as planned", start, PARCELS, "parcels");
		start = BenchmarkClock.start();
		departures.forEach(id -> consignments.depart(agent, id));
		report("Departed " + departures.size() + " consignments", start, PARCELS, "parcels");

		// The carrier events, measured paired in this process: half the parcels' events
		// through the code ingestion had before (one parcel lookup, insert and status
		// refresh per event), the other half through CarrierEvents' batched ingestion.
		clock.advance(Duration.ofDays(1));
		Instant base = clock.instant().minus(Duration.ofHours(20));
		List<Parcel> firstHalf = created.subList(0, created.size() / 2);
		List<Parcel> secondHalf = created.subList(created.size() / 2, created.size());
		List<CarrierEvents.ScanEvent> before = carrierEvents("before-", firstHalf, EVENTS / 2, base, random);
		List<CarrierEvents.ScanEvent> after = carrierEvents("after-", secondHalf, EVENTS / 2, base, random);

		start = BenchmarkClock.start();
		int acceptedBefore = 0;
		for (int from = 0; from < before.size(); from += 1_000) {
			List<CarrierEvents.ScanEvent> batch = before.subList(from, Math.min(before.size(), from + 1_000));
			acceptedBefore += transactions.execute(status -> oneByOne("Bench carrier", batch));
		}
		report("Ingested " + before.size() + " carrier events one by one (the code before; "
				+ (before.size() - EVENTS / 2) + " duplicates, shuffled)", start, before.size(), "events");

		int accepted;
		if (SENDERS == 1) {
			accepted = ingest(after, 1, "in batches (" + (after.size() - EVENTS / 2) + " duplicates, shuffled)");
		}
		else {
			// half the parcels' events from one sender, the other half's from SENDERS at
			// once
			List<List<CarrierEvents.ScanEvent>> halves = byParcel(after, 2);
			accepted = ingest(halves.get(0), 1, "in batches, one sender")
					+ ingest(halves.get(1), SENDERS, "in batches, " + SENDERS + " concurrent senders");
		}
		assertThat(acceptedBefore).isEqualTo(EVENTS / 2);
		assertThat(accepted).isEqualTo(EVENTS / 2);
		// Both ways end with each parcel's status its latest event in time.
		Map<String, String> expected = new HashMap<>();
		java.util.stream.Stream.concat(before.stream(), after.stream())
			.distinct()
			.sorted(java.util.Comparator.comparing(CarrierEvents.ScanEvent::occurredAt))
			.forEach(e -> expected.put(e.waybill(), e.milestone().name()));
		Map<String, String> statuses = new HashMap<>();
		jdbc.sql("SELECT waybill, status FROM logistics_parcel WHERE order_number LIKE 'BENCH-%'")
			.query((rs, n) -> statuses.put(rs.getString(1), rs.getString(2)))
			.list();
		assertThat(statuses).as("statuses after the events").isEqualTo(expected);
	}

	/**
	 * {@code events} carrier events over {@code parcels} (the journey after departure),
	 * with 10 % sent twice, shuffled.
	 */
	static List<CarrierEvents.ScanEvent> carrierEvents(String prefix, List<Parcel> parcels, int events, Instant base,
			Random random) {
		List<CarrierEvents.ScanEvent> unique = new ArrayList<>();
		Milestone[] journey = { Milestone.ARRIVED_AT_DESTINATION, Milestone.OUT_FOR_DELIVERY, Milestone.EXCEPTION,
				Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED };
		for (int i = 0; i < events; i++) {
			Parcel p = parcels.get(i % parcels.size());
			int step = (i / parcels.size()) % journey.length;
			unique.add(new CarrierEvents.ScanEvent(prefix + i, p.waybill().value(), journey[step],
					base.plusSeconds(60L * (i / parcels.size()) + 1), "HGH", "B" + step,
					journey[step] == Milestone.EXCEPTION ? "Address incomplete" : null));
		}
		List<CarrierEvents.ScanEvent> sent = new ArrayList<>(unique);
		for (int i = 0; i < events / 10; i++) {
			sent.add(unique.get(random.nextInt(events)));
		}
		Collections.shuffle(sent, random);
		return sent;
	}

	/**
	 * Sends the events in batches of 1,000 through {@link CarrierEvents#ingest} from
	 * {@code senders} threads, each with its own parcels (as carriers each carry their
	 * own), and reports the step; returns how many were accepted.
	 */
	private int ingest(List<CarrierEvents.ScanEvent> events, int senders, String how) {
		List<List<CarrierEvents.ScanEvent>> streams = byParcel(events, senders);
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		BenchmarkClock start = BenchmarkClock.start();
		try {
			List<Future<Integer>> sent = new ArrayList<>();
			for (List<CarrierEvents.ScanEvent> stream : streams) {
				sent.add(pool.submit(() -> {
					int accepted = 0;
					for (int from = 0; from < stream.size(); from += 1_000) {
						accepted += carrierEvents
							.ingest("Bench carrier", stream.subList(from, Math.min(stream.size(), from + 1_000)))
							.accepted();
					}
					return accepted;
				}));
			}
			int accepted = 0;
			for (Future<Integer> f : sent) {
				accepted += f.get();
			}
			report("Ingested " + events.size() + " carrier events " + how, start, events.size(), "events");
			return accepted;
		}
		catch (InterruptedException | ExecutionException e) {
			throw new IllegalStateException(e);
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * The events split into {@code parts} streams by parcel (a parcel's events all in
	 * one, the parcels dealt out in turn as they first appear), each in the order given.
	 */
	static List<List<CarrierEvents.ScanEvent>> byParcel(List<CarrierEvents.ScanEvent> events, int parts) {
		List<List<CarrierEvents.ScanEvent>> streams = new ArrayList<>();
		for (int i = 0; i < parts; i++) {
			streams.add(new ArrayList<>());
		}
		Map<String, Integer> streamOf = new HashMap<>();
		events.forEach(e -> streams.get(streamOf.computeIfAbsent(e.waybill(), w -> streamOf.size() % parts)).add(e));
		return streams;
	}

	/**
	 * CarrierEvents.ingest as it was before batching, kept here as the benchmark's
	 * baseline: per event, a parcel lookup, an insert and a status refresh.
	 */
	private int oneByOne(String carrier, List<CarrierEvents.ScanEvent> events) {
		int accepted = 0;
		for (CarrierEvents.ScanEvent e : events.stream()
			.sorted(java.util.Comparator.comparing(CarrierEvents.ScanEvent::occurredAt))
			.toList()) {
			java.util.Optional<Parcel> parcel = store.parcel(Waybill.of(e.waybill()));
			if (parcel.isPresent() && parcels.record(parcel.get(), e.milestone(), e.occurredAt(), HubCode.of("HGH"),
					EventSource.CARRIER, carrier + " (carrier)", e.reason(), e.id(), e.code())) {
				accepted++;
			}
		}
		return accepted;
	}

	static void report(String step, BenchmarkClock start, int items, String unit) {
		start.report(step, items, unit);
	}

}
