package org.isoko.customs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.logistics.Consignment;
import org.isoko.logistics.ConsignmentStatus;
import org.isoko.logistics.Consignments;
import org.isoko.logistics.DepartureMode;
import org.isoko.logistics.Milestone;
import org.isoko.logistics.Parcel;
import org.isoko.logistics.Parcels;
import org.isoko.network.Corridor;
import org.isoko.ordering.OrderClearance;
import org.isoko.ordering.OrderStatus;
import org.isoko.network.Network;
import org.isoko.shared.HubCode;
import org.isoko.shared.PageOf.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo entries of the EAC corridors, made through the real path (after the logistics and
 * China customs demos): the logistics demo's open flight KGL→HGH is declared for export
 * and the Kigali officer queries it; the Kenyan demo buyer's accepted order is received
 * at Kigali, its truck KGL→NBO declared for export, released by the Kigali officer,
 * departs and arrives at Nairobi, where it is declared for import and waits for the
 * Nairobi officer; the Rwandan processor's two orders of Kenyan tea travel NBO→KGL, each
 * in its own truck, are declared for import into Rwanda on arrival, and the Kigali
 * officer releases one and queries the other (in Kinyarwanda). The simulated authorities'
 * answers come after (they find the officer's decisions taken). Runs once: a consignment
 * already declared is left alone.
 */
@Component
@Order(65)
@ConditionalOnProperty(name = { "isoko.demo-data.enabled", "isoko.logistics.demo-parcels" }, havingValue = "true")
class CustomsDemoEntries implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(CustomsDemoEntries.class);

	static final String KENYAN_BUYER = "buyer.ke@isoko.demo";

	static final String RWANDAN_BUYER = "processor.rw@isoko.demo";

	/**
	 * The Kigali officer's query of the second import into Rwanda, typed in Kinyarwanda
	 * ("show us the Rwanda FDA permit to import the tea").
	 */
	static final String RWANDAN_QUERY = "Mutwereke uruhushya rwa Rwanda FDA rwo gutumiza icyayi mu mahanga (demo)";

	private final Parcels parcels;

	private final Consignments consignments;

	private final ConsignmentEntries entries;

	private final EntryDecisions decisions;

	private final EntryStore store;

	private final Network network;

	private final UserDirectory users;

	private final Clock clock;

	private final OrderClearance orders;

	CustomsDemoEntries(Parcels parcels, Consignments consignments, ConsignmentEntries entries, EntryDecisions decisions,
			EntryStore store, Network network, UserDirectory users, Clock clock, OrderClearance orders) {
		this.orders = orders;
		this.parcels = parcels;
		this.consignments = consignments;
		this.entries = entries;
		this.decisions = decisions;
		this.store = store;
		this.network = network;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		Optional<CurrentUser> kigali = users.findByEmail("logistics.kigali@isoko.demo");
		Optional<CurrentUser> nairobi = users.findByEmail("logistics.nairobi@isoko.demo");
		Optional<CurrentUser> kigaliOfficer = users.findByEmail("customs.kigali@isoko.demo");
		if (kigali.isEmpty() || nairobi.isEmpty() || kigaliOfficer.isEmpty()) {
			return;
		}
		try {
			queriedExport(kigali.get(), kigaliOfficer.get());
			importIntoKenya(kigali.get(), nairobi.get(), kigaliOfficer.get());
			importIntoRwanda(nairobi.get(), kigali.get(), kigaliOfficer.get());
		}
		catch (RuntimeException e) {
			LOG.warn("Customs entries demo skipped: {}", e.getMessage());
		}
	}

	/** The logistics demo's open flight, declared and queried by the Kigali officer. */
	private void queriedExport(CurrentUser agent, CurrentUser officer) {
		Optional<Consignment> open = consignments.list(agent, PageRequest.of(0, 100))
			.items()
			.stream()
			.filter(c -> c.status() == ConsignmentStatus.OPEN && c.loadedPieces() > 0)
			.filter(c -> store.of(c.id(), EntryDirection.EXPORT).isEmpty())
			.findFirst();
		if (open.isEmpty()) {
			return;
		}
		ConsignmentEntry entry = entries.declareExport(agent, open.get().id());
		decisions.query(officer, entry.id(), "Show the buyer's import permit and the lot's quality certificate (demo)",
				"en");
		LOG.info("Customs entries demo: export entry {} queried by the Kigali officer", entry.reference());
	}

	/**
	 * The Kenyan buyer's parcel: received at Kigali, exported (released), carried to
	 * Nairobi and declared for import there.
	 */
	private void importIntoKenya(CurrentUser origin, CurrentUser destination, CurrentUser officer)
			throws InterruptedException {
		Optional<Corridor> corridor = network.corridor(HubCode.of("KGL"), HubCode.of("NBO"));
		Optional<CurrentUser> buyer = users.findByEmail(KENYAN_BUYER);
		if (corridor.isEmpty() || buyer.isEmpty()) {
			return;
		}
		List<Parcel> waiting = List.of();
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (waiting.isEmpty() && Instant.now().isBefore(until)) {
			waiting = parcels.list(origin, false, Milestone.LABEL_CREATED, PageRequest.of(0, 100))
				.items()
				.stream()
				.filter(p -> p.buyer().equals(buyer.get().id()) && p.corridor().equals(corridor.get().id()))
				// Only a parcel whose order waits for it: the ordering demo also takes an
				// order of this buyer to COMPLETED with a carrier's tracking number, and
				// its
				// parcel stays LABEL_CREATED at Kigali.
				.filter(p -> orders.declarable(p.order()).filter(o -> o.status() == OrderStatus.ACCEPTED).isPresent())
				.limit(1)
				.toList();
			if (waiting.isEmpty()) {
				Thread.sleep(250);
			}
		}
		if (waiting.isEmpty()) {
			LOG.info("Customs entries demo: no parcel of the Kenyan demo buyer waits at Kigali; no import entry");
			return;
		}
		Parcel parcel = waiting.get(0);
		parcels.receive(origin, parcel.waybill(), parcel.declaredGrams(), null);
		// A master waybill of its own: the one logistics makes up is the clock's
		// millisecond, which another consignment made at the same instant already has
		// (a test clock stands still).
		String mawb = "TRK-KGL-NBO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		Consignment truck = consignments.create(origin, new Consignments.NewConsignment(corridor.get().id(),
				DepartureMode.TRUCK, clock.instant().plus(Duration.ofHours(5)), 2_000_000, 100, mawb));
		consignments.load(origin, truck.id(), parcel.waybill());
		ConsignmentEntry export = entries.declareExport(origin, truck.id());
		decisions.release(officer, export.id());
		consignments.depart(origin, truck.id());
		consignments.arrive(destination, truck.id());
		// Declared for import by customs' listener on arrival.
		await(Duration.ofSeconds(30), () -> store.of(truck.id(), EntryDirection.IMPORT).isPresent());
		LOG.info("Customs entries demo: export {} released; import entry at Nairobi {}", export.reference(),
				store.of(truck.id(), EntryDirection.IMPORT).map(ConsignmentEntry::reference).orElse("not yet made"));
	}

	/**
	 * The Rwandan processor's two orders of Kenyan tea: received at Nairobi, each carried
	 * by its own truck to Kigali (Kenya declares no export here), declared for import
	 * into Rwanda on arrival; the Kigali officer releases the first (its order CLEARED)
	 * and queries the second (its order stays IN_CUSTOMS).
	 */
	private void importIntoRwanda(CurrentUser origin, CurrentUser destination, CurrentUser officer)
			throws InterruptedException {
		Optional<Corridor> corridor = network.corridor(HubCode.of("NBO"), HubCode.of("KGL"));
		Optional<CurrentUser> buyer = users.findByEmail(RWANDAN_BUYER);
		if (corridor.isEmpty() || buyer.isEmpty()) {
			return;
		}
		List<Parcel> waiting = List.of();
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (waiting.size() < 2 && Instant.now().isBefore(until)) {
			waiting = parcels.list(origin, false, Milestone.LABEL_CREATED, PageRequest.of(0, 100))
				.items()
				.stream()
				.filter(p -> p.buyer().equals(buyer.get().id()) && p.corridor().equals(corridor.get().id()))
				.filter(p -> orders.declarable(p.order()).filter(o -> o.status() == OrderStatus.ACCEPTED).isPresent())
				.limit(2)
				.toList();
			if (waiting.size() < 2) {
				Thread.sleep(250);
			}
		}
		if (waiting.size() < 2) {
			LOG.info("Customs entries demo: {} parcel(s) of the Rwandan demo buyer wait at Nairobi, 2 needed; "
					+ "no import into Rwanda", waiting.size());
			return;
		}
		List<ConsignmentEntry> imports = new ArrayList<>();
		for (Parcel parcel : waiting) {
			parcels.receive(origin, parcel.waybill(), parcel.declaredGrams(), null);
			String mawb = "TRK-NBO-KGL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
			Consignment truck = consignments.create(origin, new Consignments.NewConsignment(corridor.get().id(),
					DepartureMode.TRUCK, clock.instant().plus(Duration.ofHours(5)), 2_000_000, 100, mawb));
			consignments.load(origin, truck.id(), parcel.waybill());
			consignments.depart(origin, truck.id());
			consignments.arrive(destination, truck.id());
			// Declared for import by customs' listener on arrival.
			await(Duration.ofSeconds(30), () -> store.of(truck.id(), EntryDirection.IMPORT).isPresent());
			store.of(truck.id(), EntryDirection.IMPORT).ifPresent(imports::add);
		}
		if (imports.size() < 2) {
			LOG.info("Customs entries demo: {} import entry(ies) at Kigali, 2 expected; none decided", imports.size());
			return;
		}
		ConsignmentEntry released = decisions.release(officer, imports.get(0).id());
		ConsignmentEntry queried = decisions.query(officer, imports.get(1).id(), RWANDAN_QUERY, "rw");
		LOG.info("Customs entries demo: imports into Rwanda {} released ({}), {} queried by the Kigali officer",
				released.reference(), released.releaseNumber(), queried.reference());
	}

	private static void await(Duration atMost, BooleanSupplier done) throws InterruptedException {
		Instant until = Instant.now().plus(atMost);
		while (!done.getAsBoolean() && Instant.now().isBefore(until)) {
			Thread.sleep(250);
		}
	}

}
