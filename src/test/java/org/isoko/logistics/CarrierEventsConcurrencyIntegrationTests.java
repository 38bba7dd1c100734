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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.network.CorridorId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carrier deliveries arriving at the same moment: a redelivery racing the first delivery
 * (the same event ids), and two deliveries racing on the same parcels with different
 * events, their parcels in opposite orders; a delivery caught in a deadlock; an agent
 * departing a consignment while a delivery for its parcels comes in. Every event takes
 * effect once and each parcel's status is its latest event in time, whichever writer
 * commits last.
 */
class CarrierEventsConcurrencyIntegrationTests extends LogisticsTestSupport {

	static final int PARCELS = 60;

	static final int ROUNDS = 5;

	@Autowired
	CarrierEvents carrierEvents;

	@Autowired
	LogisticsStore store;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Consignments consignments;

	@Autowired
	UserDirectory users;

	@Test
	void aRedeliveryRacingTheFirstDeliveryTakesEffectOnce() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			List<Parcel> parcels = unknownOrdersParcels(store, "RACE-ID-" + round, PARCELS);
			Instant base = clock.instant().minus(Duration.ofHours(10));
			String run = UUID.randomUUID().toString().substring(0, 8);
			List<CarrierEvents.ScanEvent> events = new ArrayList<>();
			for (int i = 0; i < PARCELS; i++) {
				Parcel p = parcels.get(i);
				events.add(event(run + "-a-" + i, p, Milestone.ARRIVED_AT_DESTINATION, base.plusSeconds(i)));
				events.add(event(run + "-o-" + i, p, Milestone.OUT_FOR_DELIVERY, base.plusSeconds(600 + i)));
			}
			List<CarrierEvents.ScanEvent> again = new ArrayList<>(events);
			Collections.shuffle(again, new Random(round));

			List<CarrierEvents.Receipt> receipts = atOnce(events, again);

			assertThat(receipts.get(0).accepted() + receipts.get(1).accepted()).as("round %d", round)
				.isEqualTo(events.size());
			assertThat(receipts.get(0).duplicates() + receipts.get(1).duplicates()).isEqualTo(events.size());
			for (Parcel p : parcels) {
				assertThat(store.timeline(p.id())).as("round %d", round).hasSize(2);
				assertThat(store.parcel(p.id()).orElseThrow().status()).isEqualTo(Milestone.OUT_FOR_DELIVERY);
			}
		}
	}

	@Test
	void twoDeliveriesRacingOnTheSameParcelsLeaveEachTheLatestEventInTime() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			List<Parcel> parcels = unknownOrdersParcels(store, "RACE-P-" + round, PARCELS);
			Instant base = clock.instant().minus(Duration.ofHours(10));
			String run = UUID.randomUUID().toString().substring(0, 8);
			Random random = new Random(round);
			List<CarrierEvents.ScanEvent> first = new ArrayList<>();
			List<CarrierEvents.ScanEvent> second = new ArrayList<>();
			Map<String, Milestone> latest = new HashMap<>();
			for (int i = 0; i < PARCELS; i++) {
				Parcel p = parcels.get(i);
				// which delivery has the later event differs from parcel to parcel
				boolean firstIsLater = random.nextBoolean();
				CarrierEvents.ScanEvent early = event(run + "-e-" + i, p, Milestone.OUT_FOR_DELIVERY,
						base.plusSeconds(i));
				CarrierEvents.ScanEvent late = event(run + "-l-" + i, p, Milestone.DELIVERED,
						base.plusSeconds(3_600 + i));
				(firstIsLater ? first : second).add(late);
				(firstIsLater ? second : first).add(early);
				latest.put(p.waybill().value(), Milestone.DELIVERED);
			}
			// the same times, the parcels in opposite orders
			Collections.reverse(second);

			List<CarrierEvents.Receipt> receipts = atOnce(first, second);

			assertThat(receipts.get(0).accepted() + receipts.get(1).accepted()).isEqualTo(2 * PARCELS);
			for (Parcel p : parcels) {
				assertThat(store.timeline(p.id())).hasSize(2);
				assertThat(store.parcel(p.id()).orElseThrow().status()).as("round %d, %s", round, p.waybill())
					.isEqualTo(latest.get(p.waybill().value()));
			}
		}
	}

	/**
	 * An agent departs a consignment (its parcels in waybill order) while a carrier's
	 * delivery for the same parcels comes in, several rounds: both lock the parcels in id
	 * order, so neither deadlocks. The delivery runs in a transaction of the test's, so
	 * one that lost a deadlock is not run again and fails the test; a departure that lost
	 * one fails it anyway.
	 */
	@Test
	void aDepartureRacingADeliveryForItsParcelsDoesNotDeadlock() throws Exception {
		CurrentUser agent = users.findByEmail("logistics.kigali@isoko.demo").orElseThrow();
		CorridorId corridor = new CorridorId(lotFixtures.corridor("KGL", "HGH"));
		for (int round = 0; round < ROUNDS; round++) {
			List<Parcel> parcels = unknownOrdersParcels(store, "RACE-DEP-" + round, PARCELS);
			Consignment consignment = consignments.create(agent, new Consignments.NewConsignment(corridor,
					DepartureMode.TRUCK, clock.instant().plus(Duration.ofHours(2)), 100_000_000, 1_000, null));
			parcels.forEach(p -> store.assign(p.id(), consignment.id(), clock.instant()));
			Instant departure = clock.instant();
			String run = UUID.randomUUID().toString().substring(0, 8);
			Random random = new Random(round);
			List<CarrierEvents.ScanEvent> delivery = new ArrayList<>();
			Map<ParcelId, Milestone> latest = new HashMap<>();
			for (int i = 0; i < PARCELS; i++) {
				Parcel p = parcels.get(i);
				// the carrier's scan happened before the departure or after it
				boolean after = random.nextBoolean();
				String id = run + "-" + i;
				delivery.add(after ? event(id, p, Milestone.ARRIVED_AT_DESTINATION, departure.plusSeconds(60))
						: event(id, p, Milestone.RECEIVED_AT_ORIGIN, departure.minusSeconds(600)));
				latest.put(p.id(), after ? Milestone.ARRIVED_AT_DESTINATION : Milestone.DEPARTED);
			}
			Collections.reverse(delivery);

			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				CyclicBarrier start = new CyclicBarrier(2);
				Future<Consignment> departed = threads.submit(() -> {
					start.await();
					return consignments.depart(agent, consignment.id());
				});
				Future<CarrierEvents.Receipt> delivered = threads.submit(() -> {
					start.await();
					return transactions.execute(status -> carrierEvents.ingest("Racing carrier", delivery));
				});
				assertThat(departed.get().status()).as("round %d", round).isEqualTo(ConsignmentStatus.DEPARTED);
				assertThat(delivered.get().accepted()).as("round %d", round).isEqualTo(PARCELS);
			}
			finally {
				threads.shutdown();
			}
			for (Parcel p : parcels) {
				assertThat(store.timeline(p.id())).hasSize(2);
				assertThat(store.parcel(p.id()).orElseThrow().status()).as("round %d, %s", round, p.waybill())
					.isEqualTo(latest.get(p.id()));
			}
		}
	}

	/**
	 * Another writer holds the parcel the delivery locks second and then asks for the one
	 * it locked first: whichever transaction the database picks as the deadlock's victim,
	 * the delivery ends accepted (run again when it was the victim).
	 */
	@Test
	void aDeliveryThatLosesADeadlockIsRunAgain() throws Exception {
		List<Parcel> parcels = unknownOrdersParcels(store, "RACE-DL", PARCELS);
		List<UUID> inLockOrder = jdbc.sql("SELECT id FROM logistics_parcel WHERE id IN (:a, :b) ORDER BY id")
			.param("a", parcels.get(0).id().value())
			.param("b", parcels.get(1).id().value())
			.query(UUID.class)
			.list();
		Map<UUID, Parcel> byId = new HashMap<>();
		parcels.forEach(p -> byId.put(p.id().value(), p));
		Instant base = clock.instant().minus(Duration.ofHours(1));
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<CarrierEvents.ScanEvent> delivery = List.of(
				event(run + "-1", byId.get(inLockOrder.get(0)), Milestone.OUT_FOR_DELIVERY, base),
				event(run + "-2", byId.get(inLockOrder.get(1)), Milestone.OUT_FOR_DELIVERY, base));
		ExecutorService carrier = Executors.newSingleThreadExecutor();
		try {
			Future<CarrierEvents.Receipt> receipt = transactions.execute(status -> {
				lock(inLockOrder.get(1));
				Future<CarrierEvents.Receipt> sent = carrier
					.submit(() -> carrierEvents.ingest("Racing carrier", delivery));
				pause(); // the delivery locks the first parcel and waits for the second
				try {
					lock(inLockOrder.get(0));
				}
				catch (PessimisticLockingFailureException victim) {
					status.setRollbackOnly();
				}
				return sent;
			});
			assertThat(receipt.get().accepted()).isEqualTo(2);
		}
		finally {
			carrier.shutdown();
		}
		for (Parcel p : parcels.subList(0, 2)) {
			assertThat(store.parcel(p.id()).orElseThrow().status()).isEqualTo(Milestone.OUT_FOR_DELIVERY);
		}
	}

	private void lock(UUID parcel) {
		jdbc.sql("UPDATE logistics_parcel SET version = version WHERE id = :id").param("id", parcel).update();
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Ingests both deliveries from two threads let go at the same moment. */
	private List<CarrierEvents.Receipt> atOnce(List<CarrierEvents.ScanEvent> one, List<CarrierEvents.ScanEvent> other)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<CarrierEvents.Receipt>> sent = new ArrayList<>();
			for (List<CarrierEvents.ScanEvent> delivery : List.of(one, other)) {
				sent.add(threads.submit(() -> {
					start.await();
					return carrierEvents.ingest("Racing carrier", delivery);
				}));
			}
			List<CarrierEvents.Receipt> receipts = new ArrayList<>();
			for (Future<CarrierEvents.Receipt> f : sent) {
				receipts.add(f.get());
			}
			return receipts;
		}
		finally {
			threads.shutdown();
		}
	}

	private static CarrierEvents.ScanEvent event(String id, Parcel p, Milestone milestone, Instant at) {
		return new CarrierEvents.ScanEvent(id, p.waybill().value(), milestone, at, "HGH", null, null);
	}

}
