package org.isoko.customs;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.isoko.customs.ceb.CebFormatException;
import org.isoko.customs.ceb.CebSignature;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.Receipt;
import org.isoko.logistics.Milestone;
import org.isoko.logistics.Parcels;
import org.isoko.ordering.OrderClearance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the receipts China's customs sends back: only signed by customs' key, each (by
 * its guid) applied once, whatever order they come in. A CEB312/412/512 acknowledges a
 * message; a CEB622 releases the parcel (RELEASED_BY_CUSTOMS, the order CLEARED), holds
 * it with the reason customs gives, or refuses it; a CEB900 marks the unreadable message
 * and its declaration in error.
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

	CustomsReceipts(DeclarationStore store, Parcels parcels, OrderClearance orders, CustomsKey customsKey,
			Clock clock) {
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

	@Transactional
	public Outcome receive(String signedXml) {
		if (!CebSignature.verify(signedXml, customsKey.publicKey())) {
			LOG.warn("A customs receipt with no valid signature was refused");
			return Outcome.BAD_SIGNATURE;
		}
		Receipt receipt;
		try {
			receipt = Receipt.from(CebXml.read(signedXml));
		}
		catch (CebFormatException ex) {
			LOG.warn("An unreadable customs receipt was refused: {}", ex.getMessage());
			return Outcome.BAD_SIGNATURE;
		}
		Instant now = clock.instant();
		Optional<Declaration> found = store.answeredBy(receipt);
		if (!store.receiptIsNew(receipt, found.map(Declaration::id).orElse(null), now)) {
			return Outcome.DUPLICATE;
		}
		if (found.isEmpty()) {
			LOG.warn("Receipt {} {} names {}, which Isoko did not declare", receipt.type(), receipt.guid(),
					receipt.reference());
			return Outcome.UNKNOWN_DECLARATION;
		}
		apply(found.get(), receipt, now);
		LOG.info("Receipt {} {} for order {}: {} {}", receipt.type(), receipt.returnStatus(), found.get().orderNo(),
				receipt.returnInfo(), receipt.guid());
		return Outcome.APPLIED;
	}

	private void apply(Declaration d, Receipt r, Instant now) {
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
						parcels.postCustoms(d.parcel(), Milestone.RELEASED_BY_CUSTOMS, actor, null, now);
						orders.releasedByCustoms(d.order(), actor, r.invtNo(), now);
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
			case CEB900 -> {
				store.failedByGuid(r.reference(), r.returnInfo());
				if (store.decide(d.id(), List.of(DeclarationStatus.DECLARED), DeclarationStatus.ERROR, r.returnInfo(),
						now)) {
					store.history(d.id(), DeclarationStatus.ERROR, actor, r.returnInfo(), now);
				}
			}
			default -> throw new IllegalStateException(r.type() + " is not a receipt");
		}
	}

	static final String MATCH_AGREES_KEY = "customs.history.matchAgrees";

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
