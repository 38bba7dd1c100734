package org.isoko.customs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.logistics.Consignment;
import org.isoko.logistics.Consignments;
import org.isoko.logistics.DepartureMode;
import org.isoko.logistics.Milestone;
import org.isoko.logistics.Parcel;
import org.isoko.logistics.Parcels;
import org.isoko.network.Corridor;
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
 * Demo declarations for the Hangzhou customs officer, made through the real path: the
 * demo buyer's accepted cross-border retail orders (ordering's demo) are received at
 * Kigali (two of them weighed far heavier than declared), flown to Hangzhou in a
 * consignment and arrive there, so customs declares them; the Hangzhou officer then
 * releases the one whose documents agree, rejects one of the others and holds the last
 * asking for the waybill (its seller can correct the weight: the declaration waits for
 * the seller and the officer). Customs' own answers (the simulator) come after. Runs
 * after the logistics demo, once (a declaration made before leaves it alone), and only
 * with China's customs in the path.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = { "isoko.demo-data.enabled", "isoko.logistics.demo-parcels" }, havingValue = "true")
class CustomsDemoDeclarations implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(CustomsDemoDeclarations.class);

	static final String BUYER = "buyer.cn@isoko.demo";

	static final String OFFICER = "customs.hangzhou@isoko.demo";

	/**
	 * The demo declarations: one whose documents agree, two whose waybill weight does not
	 * (a bag costs the buyer about RMB 4,400: the buyer's RMB 26,000 year allows no
	 * more).
	 */
	static final int PARCELS = 3;

	private final Parcels parcels;

	private final Consignments consignments;

	private final Network network;

	private final UserDirectory users;

	private final DeclarationStore declarations;

	private final OfficerDecisions decisions;

	private final CustomsSettings settings;

	private final Clock clock;

	CustomsDemoDeclarations(Parcels parcels, Consignments consignments, Network network, UserDirectory users,
			DeclarationStore declarations, OfficerDecisions decisions, CustomsSettings settings, Clock clock) {
		this.settings = settings;
		this.parcels = parcels;
		this.consignments = consignments;
		this.network = network;
		this.users = users;
		this.declarations = declarations;
		this.decisions = decisions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		Optional<Corridor> corridor = network.corridor(HubCode.of("KGL"), HubCode.of("HGH"));
		Optional<CurrentUser> kigali = users.findByEmail("logistics.kigali@isoko.demo");
		Optional<CurrentUser> hangzhou = users.findByEmail("logistics.hangzhou@isoko.demo");
		Optional<CurrentUser> buyer = users.findByEmail(BUYER);
		Optional<CurrentUser> officer = users.findByEmail(OFFICER);
		if (!settings.china().declare() || corridor.isEmpty() || kigali.isEmpty() || hangzhou.isEmpty()
				|| buyer.isEmpty() || officer.isEmpty()) {
			return;
		}
		try {
			seed(corridor.get(), kigali.get(), hangzhou.get(), buyer.get(), officer.get());
		}
		catch (RuntimeException e) {
			LOG.warn("Customs demo skipped: {}", e.getMessage());
		}
	}

	private void seed(Corridor corridor, CurrentUser origin, CurrentUser destination, CurrentUser buyer,
			CurrentUser officer) throws InterruptedException {
		List<Parcel> waiting = new ArrayList<>();
		await(Duration.ofSeconds(20), () -> {
			waiting.clear();
			waiting.addAll(parcels.list(origin, false, Milestone.LABEL_CREATED, PageRequest.of(0, 100))
				.items()
				.stream()
				.filter(p -> p.buyer().equals(buyer.id()) && p.corridor().equals(corridor.id()))
				.limit(PARCELS)
				.toList());
			return waiting.size() >= PARCELS;
		});
		if (waiting.size() < PARCELS) {
			LOG.info("Customs demo skipped: {} of the demo buyer's parcels wait at Kigali, {} needed", waiting.size(),
					PARCELS);
			return;
		}
		for (int i = 0; i < PARCELS; i++) {
			Parcel p = waiting.get(i);
			// The last two weigh three times what was declared: customs holds them.
			parcels.receive(origin, p.waybill(), i == 0 ? p.declaredGrams() : p.declaredGrams() * 3, null);
		}
		Instant now = clock.instant();
		Consignment flight = consignments.create(origin, new Consignments.NewConsignment(corridor.id(),
				DepartureMode.FLIGHT, now.plus(Duration.ofHours(4)), 1_000_000, 200, "176-44556676"));
		for (Parcel p : waiting) {
			consignments.load(origin, flight.id(), p.waybill());
		}
		consignments.depart(origin, flight.id());
		consignments.arrive(destination, flight.id());
		// Declared by customs' listener on arrival (customs' own answers follow after its
		// delay; the officer does not wait for them).
		await(Duration.ofSeconds(60), () -> waiting.stream().allMatch(p -> declarations.ofParcel(p.id()).isPresent()));
		List<Declaration> declared = waiting.stream()
			.map(p -> declarations.ofParcel(p.id()))
			.flatMap(Optional::stream)
			.toList();
		if (declared.size() < PARCELS) {
			LOG.info("Customs demo: {} of {} parcels declared; no officer decisions", declared.size(), PARCELS);
			return;
		}
		decisions.release(officer, declared.get(0).id(), "Documents agree (demo)");
		decisions.reject(officer, declared.get(1).id(), "Undeclared goods found at inspection (demo)");
		decisions.hold(officer, declared.get(2).id(), HoldReason.DOCUMENT_REQUESTED,
				"The waybill's weight disagrees with the declaration: seller to correct (demo)");
		LOG.info("Customs demo: {} declarations for the Hangzhou officer: released, rejected, held", declared.size());
	}

	private static void await(Duration atMost, BooleanSupplier done) throws InterruptedException {
		Instant until = Instant.now().plus(atMost);
		while (!done.getAsBoolean() && Instant.now().isBefore(until)) {
			Thread.sleep(250);
		}
	}

}
