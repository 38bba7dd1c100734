package org.isoko.customs;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.isoko.customs.ceb.CebFormatException;
import org.isoko.customs.ceb.CebSignature;
import org.isoko.customs.eac.EntryReceipt;
import org.isoko.customs.eac.EntryXml;
import org.isoko.identity.AuditTrail;
import org.isoko.identity.CurrentUser;
import org.isoko.logistics.Milestone;
import org.isoko.logistics.Parcel;
import org.isoko.logistics.Consignments;
import org.isoko.logistics.Parcels;
import org.isoko.ordering.OrderClearance;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the authorities decide on the consignments' entries, through one path whether the
 * answer comes as a signed receipt or from the officer's console: accepted, released
 * (with the exit note or release number) or queried (with the reason). A released import
 * releases its parcels (RELEASED_BY_CUSTOMS) and clears their orders; a queried one notes
 * the hold on the orders' timelines. Every change is in the entry's history (who, when,
 * why); officers' decisions also in the audit log. Officers see and decide only their own
 * country's entries (another's is 404).
 */
@Service
public class EntryDecisions {

	private static final Logger LOG = LoggerFactory.getLogger(EntryDecisions.class);

	/** The timeline line of an order whose import entry is queried (customs bundle). */
	static final String QUERIED_KEY = "customs.hold.DOCUMENT_REQUESTED";

	/** What became of a receipt. */
	public enum Outcome {

		/** It changed the entry. */
		APPLIED,
		/** Received before (by its guid): nothing more. */
		DUPLICATE,
		/** It answers a revision the entry has since been submitted again after. */
		OLDER_REVISION,
		/**
		 * It answers the current revision, which has already moved past it (an
		 * acknowledgement arriving after the release or the query it came before).
		 */
		SUPERSEDED,
		/** It names no entry (or no revision) Isoko submitted. */
		UNKNOWN_ENTRY,
		/** Unreadable, unsigned, or its signature does not verify: refused. */
		BAD_SIGNATURE

	}

	/** The public key the authorities sign their receipts with. */
	interface AuthorityKey {

		PublicKey publicKey();

	}

	private final EntryStore store;

	private final ConsignmentEntries entries;

	private final Consignments consignments;

	private final Parcels parcels;

	private final OrderClearance orders;

	private final AuditTrail audit;

	private final AuthorityKey authorityKey;

	private final Clock clock;

	EntryDecisions(EntryStore store, ConsignmentEntries entries, Consignments consignments, Parcels parcels,
			OrderClearance orders, AuditTrail audit, AuthorityKey authorityKey, Clock clock) {
		this.store = store;
		this.entries = entries;
		this.consignments = consignments;
		this.parcels = parcels;
		this.orders = orders;
		this.audit = audit;
		this.authorityKey = authorityKey;
		this.clock = clock;
	}

	// ---- receipts

	@Transactional
	public Outcome receive(String signedXml) {
		if (!CebSignature.verify(signedXml, authorityKey.publicKey())) {
			LOG.warn("An entry receipt with no valid signature was refused");
			return Outcome.BAD_SIGNATURE;
		}
		EntryReceipt receipt;
		try {
			receipt = EntryXml.readReceipt(signedXml);
		}
		catch (CebFormatException ex) {
			LOG.warn("An unreadable entry receipt was refused: {}", ex.getMessage());
			return Outcome.BAD_SIGNATURE;
		}
		ConsignmentEntry entry = store.byReference(receipt.reference()).flatMap(e -> store.lock(e.id())).orElse(null);
		if (!store.recordReceipt(receipt.guid(), entry == null ? null : entry.id(), receipt.status().name(),
				clock.instant())) {
			return Outcome.DUPLICATE;
		}
		if (entry == null) {
			LOG.warn("Entry receipt {} names no entry of Isoko's: {}", receipt.guid(), receipt.reference());
			return Outcome.UNKNOWN_ENTRY;
		}
		if (receipt.revision() < entry.revision()) {
			// An answer to a revision that was since submitted again: the latest one
			// counts.
			return Outcome.OLDER_REVISION;
		}
		if (receipt.revision() > entry.revision()) {
			LOG.warn("Entry receipt {} answers revision {} of {}, which Isoko has not submitted", receipt.guid(),
					receipt.revision(), receipt.reference());
			return Outcome.UNKNOWN_ENTRY;
		}
		String actor = entry.authority();
		boolean changed = switch (receipt.status()) {
			case ACCEPTED -> accept(entry, actor, receipt.at());
			case RELEASED -> release(entry,
					receipt.releaseNumber() == null ? releaseNumber(entry, receipt.at()) : receipt.releaseNumber(),
					actor, receipt.at());
			case QUERIED, REFUSED -> query(entry, receipt.reason() == null ? "No reason given" : receipt.reason(),
					receipt.reason() == null ? "en" : receipt.reasonLanguage(), actor, receipt.at());
		};
		return changed ? Outcome.APPLIED : Outcome.SUPERSEDED;
	}

	// ---- the officer's console

	@Transactional(readOnly = true)
	public PageOf<ConsignmentEntry> queue(CurrentUser officer, @Nullable EntryStatus status, PageRequest page) {
		return store.queue(DeclarationQueue.countryOf(officer), status, page);
	}

	@Transactional(readOnly = true)
	public ConsignmentEntries.EntryView detail(CurrentUser officer, UUID id) {
		return entries.view(visible(officer, id));
	}

	/**
	 * The officer releases an entry the authority is examining; releasing it again
	 * changes nothing.
	 */
	@Transactional
	public ConsignmentEntry release(CurrentUser officer, UUID id) {
		ConsignmentEntry e = lockVisible(officer, id);
		if (e.status() == EntryStatus.RELEASED) {
			return e;
		}
		requireOpen(e);
		Instant now = clock.instant();
		String number = releaseNumber(e, now);
		release(e, number, ConsignmentEntries.actor(officer), now);
		audit.record("CUSTOMS_ENTRY_RELEASE", e.direction() + " entry " + e.reference(), number);
		return store.find(id).orElseThrow();
	}

	/**
	 * The officer queries an entry, with the reason the declarant must answer, written in
	 * {@code language} (a BCP 47 tag: the console page's language, or the one the API
	 * call states; null when not known), kept with the reason so that the seller's page
	 * quotes it with the right {@code lang}.
	 */
	@Transactional
	public ConsignmentEntry query(CurrentUser officer, UUID id, @Nullable String reason, @Nullable String language) {
		String tag = languageTag(language);
		ConsignmentEntry e = lockVisible(officer, id);
		String why = reason == null ? "" : reason.trim();
		if (why.isEmpty() || why.length() > 500) {
			throw new InvalidInput("reason", "A query needs its reason (at most 500 characters)");
		}
		if (e.status() == EntryStatus.QUERIED && why.equals(e.reason())) {
			return e;
		}
		requireOpen(e);
		query(e, why, tag, ConsignmentEntries.actor(officer), clock.instant());
		audit.record("CUSTOMS_ENTRY_QUERY", e.direction() + " entry " + e.reference(), why);
		return store.find(id).orElseThrow();
	}

	/**
	 * A well-formed BCP 47 tag with a language (at most 35 characters, the column's
	 * width), normalised ({@code rw}, {@code zh-CN}); blank is not known.
	 */
	static @Nullable String languageTag(@Nullable String language) {
		if (language == null || language.isBlank()) {
			return null;
		}
		String tag = language.trim();
		try {
			Locale locale = new Locale.Builder().setLanguageTag(tag).build();
			String normalised = locale.toLanguageTag();
			if (!locale.getLanguage().isEmpty() && normalised.length() <= 35) {
				return normalised;
			}
		}
		catch (java.util.IllformedLocaleException ex) {
			// refused below
		}
		throw new InvalidInput("language", "The query's language must be a BCP 47 language tag, e.g. rw, en, fr or zh");
	}

	private static void requireOpen(ConsignmentEntry e) {
		if (!e.status().isOpen()) {
			throw new Conflict(
					"Entry " + e.reference() + " is " + e.status() + ": only a submitted or accepted entry is decided");
		}
	}

	private ConsignmentEntry visible(CurrentUser officer, UUID id) {
		CountryCode country = DeclarationQueue.countryOf(officer);
		return store.find(id).filter(e -> e.country().equals(country)).orElseThrow(() -> NotFound.of("Entry", id));
	}

	private ConsignmentEntry lockVisible(CurrentUser officer, UUID id) {
		visible(officer, id);
		return store.lock(id).orElseThrow();
	}

	// ---- one path for every decision

	private boolean accept(ConsignmentEntry e, String actor, Instant at) {
		if (!store.decide(e.id(), e.revision(), List.of(EntryStatus.SUBMITTED), EntryStatus.ACCEPTED, null, null, at)) {
			return false;
		}
		store.history(e.id(), EntryStatus.ACCEPTED, actor, null, at);
		return true;
	}

	private boolean release(ConsignmentEntry e, String number, String actor, Instant at) {
		if (!store.decide(e.id(), e.revision(), List.of(EntryStatus.SUBMITTED, EntryStatus.ACCEPTED),
				EntryStatus.RELEASED, number, null, at)) {
			return false;
		}
		store.history(e.id(), EntryStatus.RELEASED, actor, number, at);
		if (e.direction() == EntryDirection.IMPORT) {
			for (Parcel p : declaredParcels(e)) {
				if (p.status() == Milestone.HANDED_TO_CUSTOMS) {
					parcels.postCustoms(p.id(), Milestone.RELEASED_BY_CUSTOMS, e.authority(), number, at);
				}
				orders.releasedByCustoms(p.order(), e.authority(), number, at);
			}
		}
		LOG.info("{} entry {} released by {}: {}", e.direction(), e.reference(), actor, number);
		return true;
	}

	private boolean query(ConsignmentEntry e, String reason, @Nullable String language, String actor, Instant at) {
		if (!store.decide(e.id(), e.revision(), List.of(EntryStatus.SUBMITTED, EntryStatus.ACCEPTED),
				EntryStatus.QUERIED, null, reason, language, at)) {
			return false;
		}
		store.history(e.id(), EntryStatus.QUERIED, actor, reason, at);
		if (e.direction() == EntryDirection.IMPORT) {
			for (Parcel p : declaredParcels(e)) {
				orders.heldByCustoms(p.order(), e.authority(), QUERIED_KEY, at);
			}
		}
		LOG.info("{} entry {} queried by {}: {}", e.direction(), e.reference(), actor, reason);
		return true;
	}

	private List<Parcel> declaredParcels(ConsignmentEntry e) {
		List<String> declared = store.waybills(e.id());
		return consignments.parcelsOf(e.consignment())
			.stream()
			.filter(p -> declared.contains(p.waybill().value()))
			.toList();
	}

	/** An exit note (export) or release (import) number: RW-EXN-2026-…, KE-REL-2026-…. */
	static String releaseNumber(ConsignmentEntry e, Instant at) {
		return e.country().value() + (e.direction() == EntryDirection.EXPORT ? "-EXN-" : "-REL-")
				+ at.atZone(ZoneOffset.UTC).getYear() + "-"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
	}

}
