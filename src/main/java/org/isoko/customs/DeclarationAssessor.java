package org.isoko.customs;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.isoko.customs.ceb.CebFormatException;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.ceb.InventoryMessage;
import org.isoko.customs.ceb.MatchRules;
import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.OrderMessage;
import org.isoko.customs.ceb.PaymentMessage;
import org.isoko.customs.ceb.WaybillMessage;
import org.isoko.logistics.Parcel;
import org.isoko.logistics.Parcels;
import org.isoko.shared.CountryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a declaration's four messages back and runs customs' match rules on them, as the
 * officer sees them: the documents side by side, the failed checks, and the risks the
 * queue filters on ({@link DeclarationRisk}). The buyer's year so far is customs' own
 * count, which Isoko does not know: the officer's view counts this order alone.
 */
@Component
class DeclarationAssessor {

	/**
	 * A declaration whose value reaches this share of the single-order limit is flagged.
	 */
	static final int NEAR_LIMIT_PERCENT = 90;

	/** How many declarations one look at the queue assesses at most. */
	static final int BATCH = 500;

	private final ConsoleStore store;

	private final Parcels parcels;

	private final CustomsSettings settings;

	private final Clock clock;

	DeclarationAssessor(ConsoleStore store, Parcels parcels, CustomsSettings settings, Clock clock) {
		this.store = store;
		this.parcels = parcels;
		this.settings = settings;
		this.clock = clock;
	}

	/** The four documents of a declaration, as declared; null when one is missing. */
	MatchRules.@Nullable Documents documents(Declaration d) {
		Map<MessageType, String> bodies = store.messages(d.id());
		try {
			if (!bodies.keySet()
				.containsAll(List.of(MessageType.CEB311, MessageType.CEB411, MessageType.CEB511, MessageType.CEB621))) {
				return null;
			}
			return new MatchRules.Documents(OrderMessage.from(CebXml.read(bodies.get(MessageType.CEB311))),
					PaymentMessage.from(CebXml.read(bodies.get(MessageType.CEB411))),
					WaybillMessage.from(CebXml.read(bodies.get(MessageType.CEB511))),
					InventoryMessage.from(CebXml.read(bodies.get(MessageType.CEB621))), BigDecimal.ZERO, null);
		}
		catch (CebFormatException ex) {
			return null;
		}
	}

	List<MatchRules.Failure> failures(MatchRules.Documents documents) {
		return rules().check(documents);
	}

	/**
	 * Assesses the declarations of a country that were not yet (new since the last look).
	 */
	void assessNew(CountryCode country) {
		for (Declaration d : store.unassessed(country, BATCH)) {
			store.insert(assess(d));
		}
	}

	ConsoleStore.Facts assess(Declaration d) {
		Set<DeclarationRisk> risks = EnumSet.noneOf(DeclarationRisk.class);
		String findings = null;
		MatchRules.Documents documents = documents(d);
		if (documents == null) {
			risks.add(DeclarationRisk.MISMATCH);
		}
		else {
			List<MatchRules.Failure> failures = failures(documents);
			if (!failures.isEmpty()) {
				risks.add(DeclarationRisk.MISMATCH);
				findings = failures.stream().map(MatchRules.Failure::toString).collect(Collectors.joining("; "));
			}
			BigDecimal value = documents.order()
				.goodsValue()
				.add(documents.order().freight())
				.add(documents.waybill().insuredFee());
			BigDecimal threshold = settings.simulator()
				.perOrder()
				.multiply(BigDecimal.valueOf(NEAR_LIMIT_PERCENT))
				.movePointLeft(2);
			if (value.compareTo(threshold) >= 0) {
				risks.add(DeclarationRisk.NEAR_LIMIT);
			}
		}
		if (!store.declaredBefore(d)) {
			risks.add(DeclarationRisk.FIRST_TIME_BUYER);
		}
		Parcel parcel = parcels.parcel(d.parcel()).orElse(null);
		return new ConsoleStore.Facts(d.id(), parcel == null ? d.destinationHub() : parcel.origin(),
				parcel == null ? null : parcel.consignment(), risks, findings, clock.instant());
	}

	private MatchRules rules() {
		CustomsSettings.Simulator s = settings.simulator();
		return new MatchRules(
				new MatchRules.Limits(s.perOrder(), s.perYear(), s.amountTolerance(), s.weightTolerance()));
	}

}
