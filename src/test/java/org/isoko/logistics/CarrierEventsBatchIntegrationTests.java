package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.HubCode;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The carrier events' batched ingestion at the benchmark's shape, small enough for every
 * build: batches of 1,000 events over 300 parcels (arrived, out for delivery, exception
 * with its reason, out again, delivered), a tenth sent twice, shuffled. Every event takes
 * effect once, and each parcel's status is its latest event in time.
 */
class CarrierEventsBatchIntegrationTests extends LogisticsTestSupport {

	static final int PARCELS = 300;

	@Autowired
	CarrierEvents carrierEvents;

	@Autowired
	LogisticsStore store;

	@Test
	void batchesOfShuffledAndRepeatedEventsTakeEffectOnceAndLeaveTheLatestStatus() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<Parcel> parcels = parcels();
		Instant base = clock.instant().minus(Duration.ofHours(10));
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<CarrierEvents.ScanEvent> sent = LogisticsFlowBenchmark.carrierEvents("batch-" + run + "-", parcels,
				PARCELS * 5, base, random);
		List<CarrierEvents.ScanEvent> distinct = sent.stream().distinct().toList();

		int accepted = 0;
		int duplicates = 0;
		for (int from = 0; from < sent.size(); from += 1_000) {
			CarrierEvents.Receipt receipt = carrierEvents.ingest("Batch carrier",
					sent.subList(from, Math.min(sent.size(), from + 1_000)));
			accepted += receipt.accepted();
			duplicates += receipt.duplicates();
			assertThat(receipt.unknownWaybills()).isEmpty();
		}

		assertThat(accepted).as("seed %d", seed).isEqualTo(distinct.size()).isEqualTo(PARCELS * 5);
		assertThat(duplicates).as("seed %d", seed).isEqualTo(sent.size() - distinct.size());
		Map<String, Milestone> latest = new HashMap<>();
		distinct.stream()
			.sorted(Comparator.comparing(CarrierEvents.ScanEvent::occurredAt))
			.forEach(e -> latest.put(e.waybill(), e.milestone()));
		for (Parcel p : parcels) {
			Parcel now = store.parcel(p.id()).orElseThrow();
			assertThat(now.status()).as("status of %s, seed %d", p.waybill(), seed)
				.isEqualTo(latest.get(p.waybill().value()));
			assertThat(store.timeline(p.id())).hasSize(5);
		}
		// sent again, all of them: nothing changes
		CarrierEvents.Receipt again = carrierEvents.ingest("Batch carrier", distinct.subList(0, 1_000));
		assertThat(again.accepted()).isZero();
		assertThat(again.duplicates()).isEqualTo(1_000);
	}

	private List<Parcel> parcels() {
		CorridorId corridor = new CorridorId(lotFixtures.corridor("KGL", "HGH"));
		List<Parcel> parcels = new ArrayList<>();
		for (int i = 0; i < PARCELS; i++) {
			Instant at = clock.instant().minus(Duration.ofDays(1));
			Parcel p = new Parcel(ParcelId.random(), Waybill.of(HubCode.of("KGL"), store.nextWaybillSerial()),
					OrderId.random(), "BATCH-" + i, new OrganisationId(UUID.randomUUID()), "Batch seller",
					new UserId(UUID.randomUUID()), corridor, HubCode.of("KGL"), HubCode.of("HGH"), 1_000, 1, null, null,
					null, null, null, Handover.DROP_OFF, null, Milestone.LABEL_CREATED, null, at, null, null, at);
			store.insert(p);
			parcels.add(p);
		}
		return parcels;
	}

}
