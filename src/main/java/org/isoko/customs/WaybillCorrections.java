package org.isoko.customs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.isoko.customs.ceb.CebFormatException;
import org.isoko.customs.ceb.CebMessage;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.ceb.InventoryMessage;
import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.WaybillMessage;
import org.isoko.identity.AuditTrail;
import org.isoko.identity.CurrentUser;
import org.isoko.logistics.Parcel;
import org.isoko.logistics.Parcels;
import org.isoko.ordering.OrderId;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's customs declaration as its seller, buyer and hubs' operators see it, and the
 * seller's correction of the waybill's weight while customs holds it: the correction is
 * checked, recorded (who, when, from what to what) in the declaration's history, sent to
 * customs as an amended CEB511 (a message of its own: new guid, appType 2) through the
 * outbox, and the match is run again on the amended documents, so that the MISMATCH risk
 * clears when they agree. Customs matches the amended waybill too (its receipts follow).
 */
@Service
public class WaybillCorrections {

	private static final Logger LOG = LoggerFactory.getLogger(WaybillCorrections.class);

	/**
	 * The heaviest weight a parcel may be declared with: no cross-border retail parcel (a
	 * postal or express item) weighs more than 70 kg.
	 */
	public static final long MAX_GRAMS = 70_000;

	/** What the seller (and buyer, and the hubs' operators) read of a declaration. */
	public record OrderCustoms(UUID declaration, String orderNo, DeclarationStatus status, @Nullable String reason,
			Instant declaredAt, @Nullable Instant decidedAt, @Nullable Long waybillGrams, @Nullable Long declaredGrams,
			boolean weightDisagrees, boolean correctable, List<Correction> corrections,
			List<DeclarationQueue.HistoryItem> history) {

		/** The reason is a message key of the customs bundle (an officer's hold). */
		public boolean reasonIsKey() {
			return reason != null && reason.startsWith("customs.");
		}
	}

	/** One correction of the waybill's weight. */
	public record Correction(long previousGrams, long correctedGrams, String by, Instant at, String messageGuid) {
	}

	private final DeclarationStore store;

	private final ConsoleStore console;

	private final DeclarationAssessor assessor;

	private final Parcels parcels;

	private final CustomsSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	WaybillCorrections(DeclarationStore store, ConsoleStore console, DeclarationAssessor assessor, Parcels parcels,
			CustomsSettings settings, AuditTrail audit, Clock clock) {
		this.store = store;
		this.console = console;
		this.assessor = assessor;
		this.parcels = parcels;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The declaration of an order, for its seller, its buyer, the operators of its hubs
	 * and admins; 404 for everybody else and for an order not declared.
	 */
	@Transactional
	public OrderCustoms ofOrder(CurrentUser user, OrderId order) {
		Declaration d = store.ofOrder(order).orElseThrow(() -> notDeclared(order));
		Parcel parcel = parcels.parcel(d.parcel()).orElseThrow(() -> notDeclared(order));
		if (!sees(user, parcel)) {
			throw notDeclared(order);
		}
		return view(user, d, parcel);
	}

	/**
	 * The seller corrects the waybill's weight (grams) while the declaration is declared
	 * or held: a new CEB511 goes to customs and the match is run again. The same weight
	 * again changes nothing.
	 */
	@Transactional
	public OrderCustoms correctWeight(CurrentUser seller, OrderId order, @Nullable Long grams) {
		if (grams == null) {
			throw new InvalidInput("weightGrams", "weightGrams is required (the parcel's weight in grams)");
		}
		if (grams <= 0 || grams > MAX_GRAMS) {
			throw new InvalidInput("weightGrams",
					"weightGrams must be more than 0 and at most " + MAX_GRAMS + " (70 kg)");
		}
		Declaration found = store.ofOrder(order).orElseThrow(() -> notDeclared(order));
		Parcel parcel = parcels.parcel(found.parcel()).orElseThrow(() -> notDeclared(order));
		if (!sees(seller, parcel)) {
			throw notDeclared(order);
		}
		if (!seller.organisationId().equals(parcel.seller())) {
			throw new AccessDeniedException("Only the order's seller corrects its waybill");
		}
		Declaration d = store.lock(found.id()).orElseThrow();
		DeclarationStore.Revision latest = store.latest(d.id(), MessageType.CEB511)
			.orElseThrow(() -> new Conflict("The waybill of order " + d.orderNo() + " cannot be read back"));
		WaybillMessage waybill = waybill(latest.body(), d);
		long previous = grams(waybill.weight());
		if (previous == grams) {
			return view(seller, d, parcel);
		}
		if (d.status() != DeclarationStatus.DECLARED && d.status() != DeclarationStatus.HELD) {
			throw new Conflict("Declaration of order " + d.orderNo() + " is "
					+ d.status().name().toLowerCase(Locale.ROOT) + ": its waybill can no longer be corrected");
		}
		Instant now = clock.instant();
		WaybillMessage amended = waybill.reweighed(UUID.randomUUID().toString().toUpperCase(Locale.ROOT), now,
				BigDecimal.valueOf(grams, 3));
		CebMessage message = amended.toAmendment();
		int revision = latest.revision() + 1;
		CebXml.Transfer transfer = new CebXml.Transfer(settings.china().ebpCode(), settings.china().ebpName(),
				settings.china().dxpId());
		store.enqueue(d.id(), MessageType.CEB511, revision, 3 + revision, message.guid(),
				CebXml.toText(CebXml.write(message, transfer)), now);
		String by = seller.displayName() + " (" + seller.organisationName() + ")";
		store.insert(new DeclarationStore.Correction(UUID.randomUUID(), d.id(), revision, previous, grams,
				message.guid(), seller.id().value(), by, now));
		String what = "Waybill weight corrected: " + kg(previous) + " → " + kg(grams) + " (CEB511 amended, "
				+ message.guid() + ")";
		store.history(d.id(), d.status(), by, CORRECTED_KEY, now);
		audit.record("CUSTOMS_WAYBILL_CORRECTED", "declaration " + d.id() + " (order " + d.orderNo() + ")", what);
		console.reassessed(assessor.assess(d));
		LOG.info("Seller {} corrected the waybill weight of order {}: {} → {} g", seller.email(), d.orderNo(), previous,
				grams);
		return view(seller, store.find(d.id()).orElseThrow(), parcel);
	}

	private OrderCustoms view(CurrentUser user, Declaration d, Parcel parcel) {
		Long waybillGrams = store.latest(d.id(), MessageType.CEB511)
			.map(r -> readable(r.body()) ? grams(WaybillMessage.from(CebXml.read(r.body())).weight()) : null)
			.orElse(null);
		Long declaredGrams = store.latest(d.id(), MessageType.CEB621)
			.map(r -> readable(r.body()) ? grams(InventoryMessage.from(CebXml.read(r.body())).grossWeight()) : null)
			.orElse(null);
		if (console.facts(d.id()).isEmpty()) {
			console.insert(assessor.assess(d));
		}
		boolean disagrees = console.facts(d.id())
			.map(f -> f.risks().contains(DeclarationRisk.MISMATCH) && f.findings() != null
					&& f.findings().contains("WEIGHT"))
			.orElse(false);
		boolean open = d.status() == DeclarationStatus.DECLARED || d.status() == DeclarationStatus.HELD;
		boolean correctable = open && waybillGrams != null && user.organisationId().equals(parcel.seller());
		List<Correction> corrections = store.corrections(d.id())
			.stream()
			.map(c -> new Correction(c.previousGrams(), c.correctedGrams(), c.byName(), c.at(), c.messageGuid()))
			.toList();
		List<DeclarationQueue.HistoryItem> history = store.history(d.id())
			.stream()
			.map(h -> new DeclarationQueue.HistoryItem(h.status(), h.actor(), h.reason(), h.at()))
			.toList();
		return new OrderCustoms(d.id(), d.orderNo(), d.status(), d.reason(), d.declaredAt(), d.decidedAt(),
				waybillGrams, declaredGrams, disagrees, correctable, corrections, history);
	}

	private static boolean sees(CurrentUser user, Parcel parcel) {
		return user.isAdmin() || user.organisationId().equals(parcel.seller()) || user.id().equals(parcel.buyer())
				|| user.operates(parcel.origin()) || user.operates(parcel.destination());
	}

	private static WaybillMessage waybill(String body, Declaration d) {
		if (!readable(body)) {
			throw new Conflict("The waybill of order " + d.orderNo() + " was erased");
		}
		return WaybillMessage.from(CebXml.read(body));
	}

	private static boolean readable(String body) {
		try {
			CebXml.read(body);
			return true;
		}
		catch (CebFormatException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static long grams(BigDecimal kg) {
		return kg.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
	}

	private static String kg(long grams) {
		return BigDecimal.valueOf(grams, 3).toPlainString() + " kg";
	}

	/** The history's line for a correction (the figures are in the corrections). */
	static final String CORRECTED_KEY = "customs.history.waybillCorrected";

	private static NotFound notDeclared(OrderId order) {
		return new NotFound("Order " + order + " has no customs declaration you can see");
	}

}
