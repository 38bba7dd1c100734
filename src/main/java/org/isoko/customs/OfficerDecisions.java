package org.isoko.customs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.isoko.identity.AuditTrail;
import org.isoko.identity.CurrentUser;
import org.isoko.logistics.Milestone;
import org.isoko.logistics.Parcels;
import org.isoko.ordering.OrderClearance;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customs officer's decisions on a declaration of their country: release (the same path
 * as customs' CEB622 release: parcel RELEASED_BY_CUSTOMS, order CLEARED), hold with a
 * reason and a note (the order stays in customs, its timeline shows the reason to buyer,
 * seller and hub), reject (the parcel is returned, the order refunded: ordering's refund,
 * which payments pays back; nothing goes back to the seller's stock). Each is recorded in
 * the declaration's history, the officers' decisions and the audit log; taking the same
 * decision again changes nothing; a decision the state does not allow is refused (409).
 */
@Service
public class OfficerDecisions {

	private static final Logger LOG = LoggerFactory.getLogger(OfficerDecisions.class);

	static final int NOTE_MAX = 1000;

	/** The parcel's reason when customs refuses it. */
	static final String RETURNED = "Refused by customs: goods returned to the sender";

	private final DeclarationQueue queue;

	private final DeclarationStore declarations;

	private final ConsoleStore store;

	private final Parcels parcels;

	private final OrderClearance orders;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OfficerDecisions(DeclarationQueue queue, DeclarationStore declarations, ConsoleStore store, Parcels parcels,
			OrderClearance orders, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.queue = queue;
		this.declarations = declarations;
		this.store = store;
		this.parcels = parcels;
		this.orders = orders;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Declaration release(CurrentUser officer, UUID id, @Nullable String note) {
		return decide(officer, id, OfficerAction.RELEASE, null, note, (d, actor, now) -> {
			parcels.postCustoms(d.parcel(), Milestone.RELEASED_BY_CUSTOMS, actor, null, now);
			orders.releasedByCustoms(d.order(), actor, now);
		});
	}

	@Transactional
	public Declaration hold(CurrentUser officer, UUID id, @Nullable HoldReason reason, @Nullable String note) {
		if (reason == null) {
			queue.visible(officer, id);
			throw new InvalidInput("reason", "reason is required: one of DOCUMENT_REQUESTED, PHYSICAL_INSPECTION, "
					+ "VALUE_CHECK, IDENTITY_CHECK");
		}
		return decide(officer, id, OfficerAction.HOLD, reason, note,
				(d, actor, now) -> orders.heldByCustoms(d.order(), actor, reasonKey(reason), now));
	}

	@Transactional
	public Declaration reject(CurrentUser officer, UUID id, @Nullable String note) {
		return decide(officer, id, OfficerAction.REJECT, null, note, (d, actor, now) -> {
			parcels.postCustoms(d.parcel(), Milestone.EXCEPTION, actor, RETURNED, now);
			orders.refusedByCustoms(d.order(), actor, REJECTED_KEY, now);
			events.publishEvent(new DeclarationRejected(d.id(), d.parcel(), d.order(), d.orderNo(), actor, now));
		});
	}

	/** What a decision does beyond the declaration: the parcel, the order, events. */
	@FunctionalInterface
	private interface Consequences {

		void follow(Declaration d, String actor, Instant now);

	}

	/**
	 * The one path of every decision: load the declaration the officer may see, take the
	 * same decision again as no change, refuse what its state does not allow (409), move
	 * it (a concurrent request that moved it first: the same decision is no conflict),
	 * record it, then its consequences.
	 */
	private Declaration decide(CurrentUser officer, UUID id, OfficerAction action, @Nullable HoldReason reason,
			@Nullable String note, Consequences consequences) {
		Declaration d = queue.visible(officer, id);
		String text = note(note);
		DeclarationStatus target = target(action);
		String verb = VERBS.get(action);
		if (d.status() == target && (action != OfficerAction.HOLD || sameAsLastHold(d, reason, text))) {
			return d;
		}
		requireOpen(d, verb);
		Instant now = clock.instant();
		String actor = actor(officer);
		String key = action == OfficerAction.HOLD ? reasonKey(reason)
				: action == OfficerAction.REJECT ? REJECTED_KEY : null;
		if (!declarations.decide(d.id(), List.of(DeclarationStatus.DECLARED, DeclarationStatus.HELD), target, key,
				now)) {
			Declaration moved = declarations.find(d.id()).orElseThrow();
			if (moved.status() == target && action != OfficerAction.HOLD) {
				return moved;
			}
			throw refused(moved, verb);
		}
		record(officer, d, action, reason, text, actor, now);
		consequences.follow(d, actor, now);
		return declarations.find(d.id()).orElseThrow();
	}

	private static final java.util.Map<OfficerAction, String> VERBS = java.util.Map.of(OfficerAction.RELEASE,
			"released", OfficerAction.HOLD, "held", OfficerAction.REJECT, "rejected");

	private static DeclarationStatus target(OfficerAction action) {
		return switch (action) {
			case RELEASE -> DeclarationStatus.RELEASED;
			case HOLD -> DeclarationStatus.HELD;
			case REJECT -> DeclarationStatus.REJECTED;
		};
	}

	/**
	 * The message key a hold's reason is recorded with (on the declaration and the
	 * order's timeline), so that each reader sees it in their language.
	 */
	static String reasonKey(@Nullable HoldReason reason) {
		return HOLD_KEY_PREFIX + reason.name();
	}

	static final String HOLD_KEY_PREFIX = "customs.hold.";

	static final String REJECTED_KEY = "customs.rejected.reason";

	private void record(CurrentUser officer, Declaration d, OfficerAction action, @Nullable HoldReason reason,
			@Nullable String note, String actor, Instant now) {
		declarations.history(d.id(), target(action), actor,
				reason != null ? reasonKey(reason) : action == OfficerAction.REJECT ? REJECTED_KEY : null, now);
		store.insert(new ConsoleStore.Decision(UUID.randomUUID(), d.id(), action, reason, note, officer.id(),
				officer.displayName(), now));
		String details = ((reason == null ? "" : reason.name()) + (note == null ? "" : " " + note)).strip();
		audit.record("CUSTOMS_" + action.name(), "declaration " + d.id() + " (order " + d.orderNo() + ")",
				details.length() > 900 ? details.substring(0, 900) : details);
		LOG.info("Officer {} {} declaration {} (order {})", officer.email(), action, d.id(), d.orderNo());
	}

	private boolean sameAsLastHold(Declaration d, @Nullable HoldReason reason, @Nullable String note) {
		List<ConsoleStore.Decision> decisions = store.decisions(d.id());
		if (decisions.isEmpty()) {
			return false;
		}
		ConsoleStore.Decision last = decisions.get(decisions.size() - 1);
		return last.action() == OfficerAction.HOLD && last.reason() == reason && Objects.equals(last.note(), note);
	}

	private static void requireOpen(Declaration d, String verb) {
		if (d.status() != DeclarationStatus.DECLARED && d.status() != DeclarationStatus.HELD) {
			throw refused(d, verb);
		}
	}

	private static Conflict refused(Declaration d, String verb) {
		return new Conflict("Declaration of order " + d.orderNo() + " is " + d.status().name().toLowerCase()
				+ ": it cannot be " + verb);
	}

	private static @Nullable String note(@Nullable String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		if (note.strip().length() > NOTE_MAX) {
			throw new InvalidInput("note", "note must be at most " + NOTE_MAX + " characters");
		}
		return note.strip();
	}

	private static String actor(CurrentUser officer) {
		return officer.displayName() + " (" + officer.organisationName() + ")";
	}

}
