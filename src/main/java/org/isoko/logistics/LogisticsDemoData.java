package org.isoko.logistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.network.Corridor;
import org.isoko.network.Network;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo parcels in every milestone, one consignment departed and one open, all KGL→HGH:
 * the parcels of the accepted demo orders (ordering's demo, which runs before) are moved
 * by the demo agents through the same services the pages use. Runs once: a database that
 * has a consignment is left alone.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = { "isoko.demo-data.enabled", "isoko.logistics.demo-parcels" }, havingValue = "true",
		matchIfMissing = false)
class LogisticsDemoData implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(LogisticsDemoData.class);

	/** Parcels needed for one per milestone (LABEL_CREATED ... EXCEPTION). */
	static final int PARCELS = 10;

	private final Parcels parcels;

	private final Consignments consignments;

	private final LogisticsStore store;

	private final JdbcClient jdbc;

	private final Network network;

	private final UserDirectory users;

	private final Clock clock;

	LogisticsDemoData(Parcels parcels, Consignments consignments, LogisticsStore store, JdbcClient jdbc,
			Network network, UserDirectory users, Clock clock) {
		this.parcels = parcels;
		this.consignments = consignments;
		this.store = store;
		this.jdbc = jdbc;
		this.network = network;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (jdbc.sql("SELECT COUNT(*) FROM logistics_consignment").query(Long.class).single() > 0) {
			return;
		}
		Optional<Corridor> corridor = network.corridor(HubCode.of("KGL"), HubCode.of("HGH"));
		Optional<CurrentUser> kigali = users.findByEmail("logistics.kigali@isoko.demo");
		Optional<CurrentUser> hangzhou = users.findByEmail("logistics.hangzhou@isoko.demo");
		if (corridor.isEmpty() || kigali.isEmpty() || hangzhou.isEmpty()) {
			return;
		}
		List<Parcel> waiting = waitForParcels(corridor.get());
		if (waiting.size() < PARCELS) {
			LOG.warn("Logistics demo skipped: {} parcels waiting on KGL→HGH, {} needed", waiting.size(), PARCELS);
			return;
		}
		CurrentUser origin = kigali.get();
		CurrentUser destination = hangzhou.get();
		// parcel 0 keeps its label only; the others are received, one of them heavier
		// than declared
		for (int i = 1; i < PARCELS; i++) {
			Parcel p = waiting.get(i);
			parcels.receive(origin, p.waybill(), i == 1 ? p.declaredGrams() * 6 / 5 : p.declaredGrams(), null);
		}
		Instant now = clock.instant();
		Consignment open = consignments.create(origin, new Consignments.NewConsignment(corridor.get().id(),
				DepartureMode.FLIGHT, now.plus(Duration.ofDays(2)), 2_000_000, 400, "176-12345675"));
		consignments.load(origin, open.id(), waiting.get(2).waybill());
		Consignment departed = consignments.create(origin, new Consignments.NewConsignment(corridor.get().id(),
				DepartureMode.FLIGHT, now.plus(Duration.ofHours(6)), 1_000_000, 200, "157-00012342"));
		consignments.load(origin, departed.id(), waiting.get(3).waybill());
		consignments.depart(origin, departed.id());
		Consignment arrived = consignments.create(origin, new Consignments.NewConsignment(corridor.get().id(),
				DepartureMode.TRUCK, now.plus(Duration.ofHours(3)), 5_000_000, 500, null));
		for (int i = 4; i < PARCELS; i++) {
			consignments.load(origin, arrived.id(), waiting.get(i).waybill());
		}
		consignments.depart(origin, arrived.id());
		consignments.arrive(destination, arrived.id());
		Instant later = clock.instant();
		// 4 stays ARRIVED_AT_DESTINATION; customs (its module will post these) for 5 and
		// 6
		customs(waiting.get(5), Milestone.HANDED_TO_CUSTOMS, later);
		customs(waiting.get(6), Milestone.HANDED_TO_CUSTOMS, later);
		customs(waiting.get(6), Milestone.RELEASED_BY_CUSTOMS, later);
		// Recorded directly, as the customs milestones above: the customs module may take
		// an arrived parcel in hand meanwhile, and agents may not post delivery then.
		atDestination(destination, waiting.get(7), Milestone.OUT_FOR_DELIVERY, null, later);
		atDestination(destination, waiting.get(8), Milestone.OUT_FOR_DELIVERY, null, later);
		atDestination(destination, waiting.get(8), Milestone.DELIVERED, null, later);
		atDestination(destination, waiting.get(9), Milestone.EXCEPTION,
				"Consignee not at home; second attempt tomorrow", later);
		LOG.info("Logistics demo: {} parcels in every milestone, consignments {} (open), {} (departed), {} (arrived)",
				PARCELS, open.masterWaybill(), departed.masterWaybill(), arrived.masterWaybill());
	}

	private void atDestination(CurrentUser agent, Parcel parcel, Milestone milestone, @Nullable String reason,
			Instant at) {
		parcels.record(store.parcel(parcel.id()).orElseThrow(), milestone, at, agent.hub(), EventSource.AGENT,
				Parcels.actor(agent), reason, null, null);
	}

	private void customs(Parcel parcel, Milestone milestone, Instant at) {
		parcels.record(store.parcel(parcel.id()).orElseThrow(), milestone, at, parcel.destination(), EventSource.SYSTEM,
				"Hangzhou customs (demo)", null, null, null);
	}

	/**
	 * Parcels are created by the OrderAccepted listener after each demo order's commit:
	 * waits until enough are there (a few seconds at most), oldest first.
	 */
	private List<Parcel> waitForParcels(Corridor corridor) throws InterruptedException {
		List<Parcel> waiting = List.of();
		for (int attempt = 0; attempt < 60; attempt++) {
			waiting = jdbc.sql("""
					SELECT * FROM logistics_parcel WHERE corridor_id = :c AND status = 'LABEL_CREATED'
					ORDER BY created_at, waybill""")
				.param("c", corridor.id().value())
				.query(LogisticsStore::parcel)
				.list();
			if (waiting.size() >= PARCELS) {
				break;
			}
			Thread.sleep(250);
		}
		return waiting;
	}

}
