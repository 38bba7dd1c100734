package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.isoko.customs.ceb.CebMessage;
import org.isoko.customs.ceb.CebSamples;
import org.isoko.customs.ceb.MatchRules;
import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.WaybillMessage;
import org.junit.jupiter.api.Test;

/**
 * The officer's side-by-side view: agreeing documents mark nothing; a waybill weight
 * beyond the tolerance marks the waybill's weight cell and that row only; ID numbers are
 * masked everywhere. And the clearance-time percentiles (nearest rank).
 */
class DocumentComparisonUnitTests {

	static final MatchRules RULES = new MatchRules(MatchRules.Limits.china2019());

	@Test
	void agreeingDocumentsMarkNothingAndAWrongWeightMarksTheWaybillsWeight() {
		long seed = new Random().nextLong();
		System.out.println("DocumentComparisonUnitTests seed " + seed);
		MatchRules.Documents d = CebSamples.documents(new Random(seed));

		DocumentComparison agreeing = DocumentComparison.of(messages(d), RULES.check(d));
		assertThat(agreeing.findings()).isEmpty();
		assertThat(agreeing.rows()).noneMatch(DocumentComparison.Row::disagrees);

		WaybillMessage w = d.waybill();
		WaybillMessage heavier = new WaybillMessage(w.guid(), w.appTime(), w.logisticsCode(), w.logisticsName(),
				w.logisticsNo(), w.orderNo(), w.freight(), w.insuredFee(),
				d.inventory().grossWeight().multiply(new BigDecimal("1.5")).setScale(3, java.math.RoundingMode.HALF_UP),
				w.packNo(), w.consignee(), w.consigneeAddress(), w.consigneeTelephone());
		MatchRules.Documents wrong = new MatchRules.Documents(d.order(), d.payment(), heavier, d.inventory(),
				d.buyerYearBefore(), d.withheldTax());
		DocumentComparison held = DocumentComparison.of(messages(wrong), RULES.check(wrong));
		assertThat(held.rows()).filteredOn(DocumentComparison.Row::disagrees)
			.extracting(DocumentComparison.Row::key)
			.containsExactly("weight");
		DocumentComparison.Row weight = held.rows()
			.stream()
			.filter(r -> r.key().equals("weight"))
			.findFirst()
			.orElseThrow();
		assertThat(weight.cells().get(2).disagrees()).isTrue();
		assertThat(weight.cells().get(3).disagrees()).isFalse();
		assertThat(weight.cells().get(0)).isNull();
		assertThat(held.findings()).extracting(DocumentComparison.Finding::check)
			.containsExactly(MatchRules.Check.WEIGHT);
		assertThat(held.findings().get(0).document()).isEqualTo(MessageType.CEB511);
		assertThat(held.findings().get(0).row()).isEqualTo("weight");

		String id = d.order().buyerIdNumber();
		assertThat(held.rows().toString()).doesNotContain(id).contains(id.substring(0, 4) + "**********");
	}

	@Test
	void clearanceTimePercentilesAreNearestRank() {
		List<Duration> minutes = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(Duration::ofMinutes).toList();
		assertThat(DeclarationQueue.percentile(minutes, 50)).isEqualTo(Duration.ofMinutes(10));
		assertThat(DeclarationQueue.percentile(minutes, 95)).isEqualTo(Duration.ofMinutes(19));
		assertThat(DeclarationQueue.percentile(List.of(Duration.ofMinutes(7)), 95)).isEqualTo(Duration.ofMinutes(7));
	}

	private static Map<MessageType, CebMessage> messages(MatchRules.Documents d) {
		Map<MessageType, CebMessage> m = new EnumMap<>(MessageType.class);
		m.put(MessageType.CEB311, d.order().toCeb());
		m.put(MessageType.CEB411, d.payment().toCeb());
		m.put(MessageType.CEB511, d.waybill().toCeb());
		m.put(MessageType.CEB621, d.inventory().toCeb());
		return m;
	}

}
