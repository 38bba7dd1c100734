package org.isoko.customs;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.isoko.customs.ceb.CebBatch;
import org.isoko.customs.ceb.CebFormatException;
import org.isoko.customs.ceb.CebMessage;
import org.isoko.customs.ceb.CebSignature;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.Receipt;
import org.isoko.customs.ceb.TaxBill;
import org.isoko.logistics.Milestone;
import org.isoko.logistics.ParcelId;
import org.isoko.logistics.Parcels;
import org.isoko.ordering.OrderClearance;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the receipts China's customs sends back: only signed by customs' key, each (by
 * its guid) applied once, whatever order they come in. A CEB312/412/512 acknowledges a
 * message; a CEB622 releases the parcel (RELEASED_BY_CUSTOMS, the order CLEARED), holds
 * it with the reason customs gives, or refuses it; a CEB816 is the electronic tax bill
 * issued after a release ({@link TaxBills}); a CEB900 marks the unreadable message and
 * its declaration in error, unless customs had already accepted it.
 */
@Service
public class CustomsReceipts {

	private static final Logger LOG = LoggerFactory.getLogger(CustomsReceipts.class);

	/** What became of a receipt. */
	public enum Outcome {

		APPLIED, DUPLICATE, UNKNOWN_DECLARATION, BAD_SIGNATURE

	}

	private final DeclarationStore store;

	private final Parcels parcels;

	private final OrderClearance orders;

	private final CustomsKey customsKey;

	private final Clock clock;

	private final TaxBills taxBills;

	CustomsReceipts(DeclarationStore store, Parcels parcels, OrderClearance orders, CustomsKey customsKey, Clock clock,
			TaxBills taxBills) {
		this.taxBills = taxBills;
		this.store = store;
		this.parcels = parcels;
		this.orders = orders;
		this.customsKey = customsKey;
		this.clock = clock;
	}

	/** The public key customs signs its receipts with. */
	interface CustomsKey {

		PublicKey publicKey();

	}

	/** What became of a receipt message, and of each of its lines. */
	public record Received(Outcome outcome, List<Line> lines) {
	}

	/** One line of a receipt message (one document answered) and what became of it. */
	public record Line(MessageType type, String guid, String reference, Outcome outcome) {
	}

	/** Takes a receipt message; see {@link #receiveAll(String)}. */
	@Transactional
	public Outcome receive(String signedXml) {
		return receiveAll(signedXml).outcome();
	}

	/**
	 * Takes a receipt message of one or several lines (several {@code OrderReturn}s in a
	 * CEB312Message…) under one signature, checked once: a message that does not verify
	 * or cannot be read changes nothing (BAD_SIGNATURE). Each line is then applied on its
	 * own, once by its guid: APPLIED, DUPLICATE, or UNKNOWN_DECLARATION when it names
	 * nothing Isoko declared. The message's outcome is APPLIED when any line was, else
	 * DUPLICATE when any line was, else UNKNOWN_DECLARATION.
	 */
	@Transactional
	public Received receiveAll(String signedXml) {
		List<Receipt> lines;
		List<TaxBill> bills = List.of();
		try {
			org.w3c.dom.Document document = CebXml.parse(signedXml);
			if (!CebSignature.verify(document, customsKey.publicKey())) {
				LOG.warn("A customs receipt with no valid signature was refused");
				return new Received(Outcome.BAD_SIGNATURE, List.of());
			}
			CebBatch batch = CebXml.readBatch(document);
			lines = new ArrayList<>(batch.documents().size());
			if (batch.type() == MessageType.CEB816) {
				bills = batch.documents().stream().map(TaxBill::from).toList();
			}
			else {
				for (CebMessage line : batch.documents()) {
					lines.add(Receipt.from(line));
				}
			}
		}
		catch (CebFormatException ex) {
			LOG.warn("An unreadable customs receipt was refused: {}", ex.getMessage());
			return new Received(Outcome.BAD_SIGNATURE, List.of());
		}
		Instant now = clock.instant();
		List<Line> outcomes;
		if (!bills.isEmpty()) {
			outcomes = bills.stream()
				.map(b -> new Line(MessageType.CEB816, b.guid(), b.invtNo(), taxBills.receive(b, now)))
				.toList();
		}
		else if (lines.size() > 1 && ACKNOWLEDGEMENTS.contains(lines.get(0).type())) {
			outcomes = acknowledgeAll(lines, now);
		}
		else if (lines.size() > 1 && lines.get(0).type() == MessageType.CEB622
				&& lines.stream().map(Receipt::reference).distinct().count() == lines.size()) {
			outcomes = decideAll(lines, now);
		}
		else {
			outcomes = new ArrayList<>(lines.size());
			Releases releases = new Releases();
			for (Receipt receipt : lines) {
				outcomes.add(
						new Line(receipt.type(), receipt.guid(), receipt.reference(), receive(receipt, now, releases)));
			}
			releases.post(now);
		}
		return new Received(overall(outcomes), outcomes);
	}

	/**
	 * The parcels and orders a receipt message releases, handed to logistics and ordering
	 * once for the whole message (a CEB622 of a hundred lines): one by one, their
	 * {@code postCustoms} and {@code releasedByCustoms} were a quarter of the clearance
	 * benchmark's profile. The same events and history per parcel and order as one by
	 * one, in the lines' order, in this transaction.
	 */
	private final class Releases {

		private final List<ParcelId> parcels = new ArrayList<>();

		private final List<OrderClearance.Release> orders = new ArrayList<>();

		void add(Declaration d, @Nullable String taxBill) {
			parcels.add(d.parcel());
			orders.add(new OrderClearance.Release(d.order(), taxBill));
		}

		void post(Instant now) {
			if (parcels.isEmpty()) {
				return;
			}
			CustomsReceipts.this.parcels.postCustoms(parcels, Milestone.RELEASED_BY_CUSTOMS, Declarations.AUTHORITY,
					null, now);
			CustomsReceipts.this.orders.releasedByCustoms(orders, Declarations.AUTHORITY, now);
		}

	}

	private static final java.util.Set<MessageType> ACKNOWLEDGEMENTS = java.util.EnumSet.of(MessageType.CEB312,
			MessageType.CEB412, MessageType.CEB512);

	/**
	 * The lines of an acknowledgement message (CEB312/412/512: a message entered or
	 * refused), each applied once as {@link #receive(Receipt, Instant)} does, but their
	 * declarations found in one query and their records and changes written in JDBC
	 * batches: per line, three statements of their own were a tenth of the clearance
	 * benchmark's CPU. A line whose reference names no declaration, or several, goes the
	 * one-by-one way.
	 */
	private List<Line> acknowledgeAll(List<Receipt> lines, Instant now) {
		MessageType type = lines.get(0).type();
		java.util.Map<String, Declaration> found = store.answeredBy(type,
				lines.stream().map(Receipt::reference).collect(java.util.stream.Collectors.toSet()));
		Line[] outcomes = new Line[lines.size()];
		// Acknowledgements release nothing; the one-by-one way takes somewhere to put
		// them.
		Releases releases = new Releases();
		List<Integer> known = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Receipt r = lines.get(i);
			if (found.containsKey(r.reference())) {
				known.add(i);
			}
			else {
				outcomes[i] = new Line(r.type(), r.guid(), r.reference(), receive(r, now, releases));
			}
		}
		List<Receipt> receipts = known.stream().map(lines::get).toList();
		List<UUID> declarations = receipts.stream().map(r -> found.get(r.reference()).id()).toList();
		boolean[] fresh = receipts.isEmpty() ? new boolean[0]
				: store.receiptsAreNew(receipts, new ArrayList<>(declarations), now);
		List<DeclarationStore.Answer> answers = new ArrayList<>();
		for (int j = 0; j < receipts.size(); j++) {
			Receipt r = receipts.get(j);
			if (fresh[j]) {
				answers.add(new DeclarationStore.Answer(declarations.get(j), declarationOf(r.type()),
						!Receipt.REFUSED.equals(r.returnStatus()), r.returnInfo()));
			}
			outcomes[known.get(j)] = new Line(r.type(), r.guid(), r.reference(),
					fresh[j] ? Outcome.APPLIED : Outcome.DUPLICATE);
		}
		store.answered(answers);
		releases.post(now);
		LOG.debug("{} {} lines: {} applied", lines.size(), type, answers.size());
		return List.of(outcomes);
	}

	/**
	 * The lines of a CEB622 message (customs' decisions, each naming another
	 * declaration), each applied once as {@link #receive(Receipt, Instant, Releases)}
	 * does, but the releases — nearly every line — in JDBC batches: their declarations
	 * found in one query, the lines recorded, the inventory lists acknowledged, the
	 * declarations RELEASED with their history and tax bill, and their parcels and orders
	 * released together. Six statements per line were what remained of customs' own cost
	 * per parcel. A hold, a refusal, a release of goods an officer holds, or a line whose
	 * reference names no declaration or several goes the one-by-one way.
	 */
	private List<Line> decideAll(List<Receipt> lines, Instant now) {
		java.util.Map<String, Declaration> found = store.answeredBy(MessageType.CEB622,
				lines.stream().map(Receipt::reference).collect(java.util.stream.Collectors.toSet()));
		Line[] outcomes = new Line[lines.size()];
		Releases releases = new Releases();
		List<Integer> batched = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Receipt r = lines.get(i);
			Declaration d = found.get(r.reference());
			if (d != null && Receipt.RELEASED.equals(r.returnStatus()) && !heldByAnOfficer(d)) {
				batched.add(i);
			}
			else {
				outcomes[i] = new Line(r.type(), r.guid(), r.reference(), receive(r, now, releases));
			}
		}
		List<Receipt> receipts = batched.stream().map(lines::get).toList();
		List<Declaration> declarations = receipts.stream().map(r -> found.get(r.reference())).toList();
		boolean[] fresh = receipts.isEmpty() ? new boolean[0] : store.receiptsAreNew(receipts,
				new ArrayList<>(declarations.stream().map(Declaration::id).toList()), now);
		List<DeclarationStore.Answer> answers = new ArrayList<>();
		List<Integer> applied = new ArrayList<>();
		for (int j = 0; j < receipts.size(); j++) {
			Receipt r = receipts.get(j);
			if (fresh[j]) {
				answers.add(new DeclarationStore.Answer(declarations.get(j).id(), MessageType.CEB621, true,
						r.returnInfo()));
				applied.add(j);
			}
			outcomes[batched.get(j)] = new Line(r.type(), r.guid(), r.reference(),
					fresh[j] ? Outcome.APPLIED : Outcome.DUPLICATE);
		}
		store.answered(answers);
		boolean[] moved = store.decideAll(applied.stream().map(j -> declarations.get(j).id()).toList(),
				List.of(DeclarationStatus.DECLARED, DeclarationStatus.HELD), DeclarationStatus.RELEASED, now);
		List<DeclarationStore.HistoryRow> history = new ArrayList<>();
		java.util.Map<UUID, String> taxBills = new java.util.LinkedHashMap<>();
		for (int k = 0; k < moved.length; k++) {
			Receipt r = receipts.get(applied.get(k));
			Declaration d = declarations.get(applied.get(k));
			LOG.info("Receipt {} {} for order {}: {} {}", r.type(), r.returnStatus(), d.orderNo(), r.returnInfo(),
					r.guid());
			if (!moved[k]) {
				continue;
			}
			history.add(new DeclarationStore.HistoryRow(d.id(), DeclarationStatus.RELEASED, Declarations.AUTHORITY,
					r.returnInfo(), now));
			if (r.invtNo() != null) {
				taxBills.put(d.id(), r.invtNo());
			}
			releases.add(d, r.invtNo());
		}
		store.historyAll(history);
		store.taxBills(taxBills);
		releases.post(now);
		LOG.debug("{} {} lines: {} released together", lines.size(), MessageType.CEB622, history.size());
		return List.of(outcomes);
	}

	private static Outcome overall(List<Line> lines) {
		for (Outcome o : List.of(Outcome.APPLIED, Outcome.DUPLICATE)) {
			if (lines.stream().anyMatch(l -> l.outcome() == o)) {
				return o;
			}
		}
		return Outcome.UNKNOWN_DECLARATION;
	}

	/**
	 * One line: recorded once by its guid, then applied to what it names; a release's
	 * parcel and order are added to {@code releases}.
	 */
	private Outcome receive(Receipt receipt, Instant now, Releases releases) {
		List<Declaration> found = receipt.type() == MessageType.CEB900 ? store.refusedBy(receipt.reference())
				: store.answeredBy(receipt).map(List::of).orElse(List.of());
		if (!store.receiptIsNew(receipt, found.isEmpty() ? null : found.get(0).id(), now)) {
			return Outcome.DUPLICATE;
		}
		if (found.isEmpty()) {
			LOG.warn("Receipt {} {} names {}, which Isoko did not declare", receipt.type(), receipt.guid(),
					receipt.reference());
			return Outcome.UNKNOWN_DECLARATION;
		}
		for (Declaration d : found) {
			apply(d, receipt, now, releases);
			LOG.info("Receipt {} {} for order {}: {} {}", receipt.type(), receipt.returnStatus(), d.orderNo(),
					receipt.returnInfo(), receipt.guid());
		}
		return Outcome.APPLIED;
	}

	private void apply(Declaration d, Receipt r, Instant now, Releases releases) {
		String actor = Declarations.AUTHORITY;
		switch (r.type()) {
			case CEB312, CEB412, CEB512 -> store.answered(d.id(), declarationOf(r.type()),
					!Receipt.REFUSED.equals(r.returnStatus()), r.returnInfo());
			case CEB622 -> {
				store.answered(d.id(), MessageType.CEB621, !Receipt.REFUSED.equals(r.returnStatus()), r.returnInfo());
				if (Receipt.RELEASED.equals(r.returnStatus()) && heldByAnOfficer(d)) {
					// Customs' match agrees now (an amended document), but an officer
					// holds the goods: the officer releases them.
					store.history(d.id(), DeclarationStatus.HELD, actor, MATCH_AGREES_KEY, now);
				}
				else if (Receipt.RELEASED.equals(r.returnStatus())) {
					if (store.decide(d.id(), List.of(DeclarationStatus.DECLARED, DeclarationStatus.HELD),
							DeclarationStatus.RELEASED, null, now)) {
						store.history(d.id(), DeclarationStatus.RELEASED, actor, r.returnInfo(), now);
						if (r.invtNo() != null) {
							store.taxBill(d.id(), r.invtNo());
						}
						releases.add(d, r.invtNo());
					}
				}
				else if (r.isHold()) {
					if (store.decide(d.id(), List.of(DeclarationStatus.DECLARED), DeclarationStatus.HELD,
							r.returnInfo(), now)) {
						store.history(d.id(), DeclarationStatus.HELD, actor, r.returnInfo(), now);
					}
					else if (d.status() == DeclarationStatus.HELD) {
						// Matched again after an amendment, and still held.
						store.history(d.id(), DeclarationStatus.HELD, actor, r.returnInfo(), now);
					}
				}
				else if (Receipt.REFUSED.equals(r.returnStatus())) {
					if (store.decide(d.id(), List.of(DeclarationStatus.DECLARED, DeclarationStatus.HELD),
							DeclarationStatus.REJECTED, r.returnInfo(), now)) {
						store.history(d.id(), DeclarationStatus.REJECTED, actor, r.returnInfo(), now);
					}
				}
			}
			case CEB900 -> formatError(d, r, actor, now);
			default -> throw new IllegalStateException(r.type() + " is not a receipt");
		}
	}

	static final String MATCH_AGREES_KEY = "customs.history.matchAgrees";

	static final String LATE_FORMAT_ERROR_KEY = "customs.history.lateFormatError";

	static final String FORMAT_ERROR_KEY = "customs.history.formatError";

	/**
	 * A CEB900: customs could not read the document it names (or any document of the
	 * batch message it names). Receipts come in any order, so it may come after customs
	 * acknowledged the document (or released the goods): an acceptance is not undone by
	 * it. Only the named documents not acknowledged fail; the declaration goes to ERROR
	 * only if one of its documents did, and a format error that changed nothing is still
	 * recorded in its history, for the officer and the operator to see.
	 */
	private void formatError(Declaration d, Receipt r, String actor, Instant now) {
		int failed = store.failedByGuid(d.id(), r.reference(), r.returnInfo());
		if (failed == 0) {
			store.history(d.id(), d.status(), actor, LATE_FORMAT_ERROR_KEY, now);
			LOG.warn("CEB900 {} for order {} came after customs accepted the documents it names: nothing changed",
					r.guid(), d.orderNo());
		}
		else if (store.decide(d.id(), List.of(DeclarationStatus.DECLARED), DeclarationStatus.ERROR, r.returnInfo(),
				now)) {
			store.history(d.id(), DeclarationStatus.ERROR, actor, r.returnInfo(), now);
		}
		else if (d.status() != DeclarationStatus.ERROR) {
			// An amended document refused after customs had decided on the first ones.
			store.history(d.id(), d.status(), actor, FORMAT_ERROR_KEY, now);
		}
	}

	/** An officer's hold is recorded with its reason's message key. */
	private static boolean heldByAnOfficer(Declaration d) {
		return d.status() == DeclarationStatus.HELD && d.reason() != null
				&& d.reason().startsWith(OfficerDecisions.HOLD_KEY_PREFIX);
	}

	private static MessageType declarationOf(MessageType receipt) {
		return switch (receipt) {
			case CEB312 -> MessageType.CEB311;
			case CEB412 -> MessageType.CEB411;
			case CEB512 -> MessageType.CEB511;
			default -> MessageType.CEB621;
		};
	}

}
