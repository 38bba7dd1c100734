package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.jayway.jsonpath.JsonPath;

/**
 * A parcel's arrival is announced once ({@link ParcelArrived}, the first
 * ARRIVED_AT_DESTINATION recorded), whatever arrives after it: an agent's scan after the
 * consignment's arrival, a carrier's arrival redelivered under a new event id or reported
 * late for an earlier time, two arrivals in one delivery, deliveries racing each other
 * and an agent. Counted in the event publication registry: each listener (customs' two,
 * the buyer's SMS) is handed the arrival once, so customs declares once and the buyer
 * gets one SMS.
 */
@TestPropertySource(properties = "isoko.customs.china.declare=true")
class ParcelArrivedOnceIntegrationTests extends LogisticsTestSupport {

	static final String KENYAN_BUYER = "buyer.ke@isoko.demo";

	static final int PARCELS = 40;

	static final int ROUNDS = 3;

	@Autowired
	CarrierEvents carrierEvents;

	@Autowired
	Parcels parcels;

	@Autowired
	LogisticsStore store;

	@Autowired
	UserDirectory users;

	@Test
	void anAgentsScanAfterTheConsignmentsArrivalAndACarriersArrivalAnnounceNothing() throws Exception {
		String order = acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1);
		String waybill = waybillOf(order);
		String consignment = departedConsignment(waybill, 1050);
		call(HANGZHOU, post("/api/v1/consignments/" + consignment + "/arrive")).andExpect(status().isOk());

		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"ARRIVED_AT_DESTINATION\"}")
			.andExpect(status().isOk());
		carrierEvents.ingest("Late carrier", List.of(arrival("late-" + UUID.randomUUID(), Waybill.of(waybill),
				clock.instant().minus(Duration.ofMinutes(1)))));

		ParcelId parcel = store.parcel(Waybill.of(waybill)).orElseThrow().id();
		assertThat(milestones(parcel, Milestone.ARRIVED_AT_DESTINATION)).isEqualTo(3);
		assertAnnouncedOnce(parcel);
		awaitListeners(parcel);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(Long.class)
			.single()).as("declarations").isEqualTo(1);
		assertThat(milestones(parcel, Milestone.HANDED_TO_CUSTOMS)).isEqualTo(1);
	}

	@Test
	void aCarriersArrivalSentTwiceInADeliveryRedeliveredUnderANewIdOrLateIsAnnouncedOnce() throws Exception {
		String phone = "+2547" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String order = kenyanOrder(phone);
		Waybill waybill = Waybill.of(waybillOf(order));
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":1050}")
			.andExpect(status().isOk());
		Instant at = clock.instant().minus(Duration.ofHours(1));
		String run = UUID.randomUUID().toString();

		carrierEvents.ingest("Carrier", List.of(arrival(run + "-1", waybill, at),
				arrival(run + "-2", waybill, at.plus(Duration.ofMinutes(1)))));
		carrierEvents.ingest("Carrier", List.of(arrival(run + "-3", waybill, at.plus(Duration.ofMinutes(5)))));
		carrierEvents.ingest("Carrier", List.of(arrival(run + "-4", waybill, at.minus(Duration.ofHours(2)))));
		call(NAIROBI, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"ARRIVED_AT_DESTINATION\"}")
			.andExpect(status().isOk());

		ParcelId parcel = store.parcel(waybill).orElseThrow().id();
		assertThat(milestones(parcel, Milestone.ARRIVED_AT_DESTINATION)).isEqualTo(5);
		assertAnnouncedOnce(parcel);
		awaitListeners(parcel);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM channels_sms_outbox WHERE purpose = 'ORDER_ARRIVED' AND recipient = :r""")
			.param("r", phone.substring(1))
			.query(Long.class)
			.single()).as("arrival SMS").isEqualTo(1);
	}

	/**
	 * Two carriers' deliveries with arrivals of the same parcels under different ids, the
	 * parcels in opposite orders, and an agent scanning some of them, all at once.
	 */
	@Test
	void arrivalsRacingEachOtherAreAnnouncedOncePerParcel() throws Exception {
		CurrentUser agent = users.findByEmail(HANGZHOU).orElseThrow();
		for (int round = 0; round < ROUNDS; round++) {
			List<Parcel> racing = unknownOrdersParcels(store, "ARRIVAL-RACE-" + round, PARCELS);
			Instant at = clock.instant().minus(Duration.ofHours(1));
			String run = UUID.randomUUID().toString().substring(0, 8);
			List<CarrierEvents.ScanEvent> one = new ArrayList<>();
			List<CarrierEvents.ScanEvent> other = new ArrayList<>();
			for (int i = 0; i < PARCELS; i++) {
				one.add(arrival(run + "-a-" + i, racing.get(i).waybill(), at.plusSeconds(i)));
				other.add(arrival(run + "-b-" + i, racing.get(i).waybill(), at.plusSeconds(i)));
			}
			Collections.reverse(other);
			CyclicBarrier start = new CyclicBarrier(3);
			ExecutorService threads = Executors.newFixedThreadPool(3);
			try {
				List<Future<?>> sent = new ArrayList<>();
				for (List<CarrierEvents.ScanEvent> delivery : List.of(one, other)) {
					sent.add(threads.submit(() -> {
						start.await();
						return carrierEvents.ingest("Racing carrier", delivery);
					}));
				}
				sent.add(threads.submit(() -> {
					start.await();
					for (Parcel p : racing.subList(0, 5)) {
						parcels.post(agent, p.waybill(), Milestone.ARRIVED_AT_DESTINATION, null);
					}
					return null;
				}));
				for (Future<?> f : sent) {
					f.get();
				}
			}
			finally {
				threads.shutdown();
			}
			for (Parcel p : racing) {
				assertThat(milestones(p.id(), Milestone.ARRIVED_AT_DESTINATION)).isGreaterThanOrEqualTo(2);
				assertAnnouncedOnce(p.id());
			}
		}
	}

	/**
	 * Every listener of {@link ParcelArrived} was handed the parcel's arrival exactly
	 * once (the registry stores a publication per listener, in the publishing
	 * transaction).
	 */
	private void assertAnnouncedOnce(ParcelId parcel) {
		Map<String, Long> byListener = publications(parcel).stream()
			.collect(Collectors.groupingBy(p -> p.listener(), Collectors.counting()));
		assertThat(byListener.keySet()).as("listeners of the arrival of %s", parcel)
			.anyMatch(listener -> listener.contains("customs.ParcelArrivals"))
			.anyMatch(listener -> listener.contains("sms.BuyerOrderSms"));
		assertThat(byListener).as("ParcelArrived publications of %s by listener", parcel)
			.allSatisfy((listener, count) -> assertThat(count).as(listener).isEqualTo(1));
	}

	record Publication(String listener, boolean completed) {
	}

	private List<Publication> publications(ParcelId parcel) {
		return jdbc.sql("""
				SELECT listener_id, completion_date FROM event_publication
				WHERE event_type LIKE '%ParcelArrived' AND serialized_event LIKE :p""")
			.param("p", "%" + parcel.value() + "%")
			.query((rs, n) -> new Publication(rs.getString(1), rs.getObject(2) != null))
			.list();
	}

	/** Waits until every listener has handled the parcel's arrival. */
	private void awaitListeners(ParcelId parcel) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> publications(parcel).stream().allMatch(Publication::completed));
	}

	private long milestones(ParcelId parcel, Milestone milestone) {
		return store.timeline(parcel).stream().filter(e -> e.milestone() == milestone).count();
	}

	private static CarrierEvents.ScanEvent arrival(String id, Waybill waybill, Instant at) {
		return new CarrierEvents.ScanEvent(id, waybill.value(), Milestone.ARRIVED_AT_DESTINATION, at, null, null, null);
	}

	/**
	 * An order KGL→NBO of the Kenyan buyer, delivered at {@code phone}, paid and
	 * accepted.
	 */
	private String kenyanOrder(String phone) throws Exception {
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "NBO", 50, 15_000, 1);
		String placed = call(KENYAN_BUYER,
				post("/api/v1/orders").header("Idempotency-Key", UUID.randomUUID().toString()), """
						{"lines":[{"lotId":"%s","corridorId":"%s","quantity":1}],
						 "deliveryAddress":{"name":"Wanjiku Kamau","phone":"%s","line":"12 Moi Avenue","city":"Nairobi",
						 "region":"Nairobi"}}""".formatted(lot.id(), lot.corridor(), phone))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String order = JsonPath.read(placed, "$.id");
		call(KENYAN_BUYER,
				post("/api/v1/orders/" + order + "/payments").header("Idempotency-Key", UUID.randomUUID().toString()),
				"{\"provider\":\"DEMO\"}")
			.andExpect(status().is2xxSuccessful());
		call(COOP, post("/api/v1/orders/" + order + "/acceptance")).andExpect(status().isOk());
		return order;
	}

}
