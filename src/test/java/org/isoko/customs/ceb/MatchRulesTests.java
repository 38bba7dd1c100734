package org.isoko.customs.ceb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.isoko.customs.ceb.MatchRules.Check;
import org.isoko.customs.ceb.MatchRules.Documents;
import org.junit.jupiter.api.Test;

/**
 * Randomized documents (the seed is printed): four agreeing documents pass; each field
 * the rules compare, perturbed on the wire, is caught by its check; the limits hold.
 */
class MatchRulesTests {

	private final MatchRules rules = new MatchRules(MatchRules.Limits.china2019());

	/** One field of one message changed on the wire, and the check that must catch it. */
	record Perturbation(MessageType type, String field, Check check, Function<String, String> change) {
	}

	static final Function<String, String> TEXT = v -> v + "X";

	static final Function<String, String> PLUS_ONE_FEN = v -> new BigDecimal(v).add(new BigDecimal("0.01"))
		.toPlainString();

	static final List<Perturbation> PERTURBATIONS = List.of(
			new Perturbation(MessageType.CEB411, "orderNo", Check.ORDER_NUMBER, TEXT),
			new Perturbation(MessageType.CEB511, "orderNo", Check.ORDER_NUMBER, TEXT),
			new Perturbation(MessageType.CEB621, "orderNo", Check.ORDER_NUMBER, TEXT),
			new Perturbation(MessageType.CEB311, "acturalPaid", Check.ACTURAL_PAID, PLUS_ONE_FEN),
			new Perturbation(MessageType.CEB311, "totalPrice", Check.GOODS_VALUE, PLUS_ONE_FEN),
			new Perturbation(MessageType.CEB621, "totalPrice", Check.GOODS_VALUE, PLUS_ONE_FEN),
			new Perturbation(MessageType.CEB411, "amountPaid", Check.AMOUNT_PAID, PLUS_ONE_FEN),
			new Perturbation(MessageType.CEB411, "payTransactionId", Check.PAYMENT_REFERENCE, TEXT),
			new Perturbation(MessageType.CEB411, "payCode", Check.PAYMENT_REFERENCE, TEXT),
			new Perturbation(MessageType.CEB411, "payerName", Check.PAYER, TEXT),
			new Perturbation(MessageType.CEB411, "payerIdNumber", Check.PAYER, TEXT),
			new Perturbation(MessageType.CEB411, "payerIdType", Check.PAYER, v -> "2"),
			new Perturbation(MessageType.CEB511, "consignee", Check.CONSIGNEE, TEXT),
			new Perturbation(MessageType.CEB511, "consigneeAddress", Check.CONSIGNEE, TEXT),
			new Perturbation(MessageType.CEB511, "consigneeTelephone", Check.CONSIGNEE, TEXT),
			new Perturbation(MessageType.CEB621, "consigneeAddress", Check.CONSIGNEE, TEXT),
			new Perturbation(MessageType.CEB511, "freight", Check.FREIGHT, PLUS_ONE_FEN),
			new Perturbation(MessageType.CEB621, "freight", Check.FREIGHT, PLUS_ONE_FEN),
			new Perturbation(MessageType.CEB621, "insuredFee", Check.FREIGHT, PLUS_ONE_FEN),
			new Perturbation(MessageType.CEB621, "logisticsNo", Check.WAYBILL_NUMBER, TEXT),
			new Perturbation(MessageType.CEB621, "logisticsCode", Check.WAYBILL_NUMBER, TEXT),
			new Perturbation(MessageType.CEB511, "weight", Check.WEIGHT,
					v -> new BigDecimal(v).multiply(new BigDecimal("1.25"))
						.setScale(3, java.math.RoundingMode.HALF_UP)
						.toPlainString()),
			new Perturbation(MessageType.CEB621, "grossWeight", Check.WEIGHT,
					v -> new BigDecimal(v).multiply(new BigDecimal("0.75"))
						.setScale(3, java.math.RoundingMode.HALF_UP)
						.toPlainString()),
			new Perturbation(MessageType.CEB511, "packNo", Check.PIECES,
					v -> Integer.toString(Integer.parseInt(v) + 1)),
			new Perturbation(MessageType.CEB621, "buyerName", Check.INVENTORY_BUYER, TEXT),
			new Perturbation(MessageType.CEB621, "buyerIdNumber", Check.INVENTORY_BUYER, TEXT),
			new Perturbation(MessageType.CEB621, "buyerTelephone", Check.INVENTORY_BUYER, TEXT),
			new Perturbation(MessageType.CEB311, "buyerIdType", Check.BUYER_ID, v -> "2"),
			new Perturbation(MessageType.CEB311, "buyerIdNumber", Check.BUYER_ID, MatchRulesTests::breakCheckDigit));

	@Test
	void agreeingDocumentsPass() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int n = 0; n < 300; n++) {
			Documents d = CebSamples.documents(random);
			assertThat(rules.check(d)).as("seed " + seed + ", case " + n).isEmpty();
		}
	}

	@Test
	void eachPerturbedFieldIsCaughtByItsCheck() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int n = 0; n < 30; n++) {
			Documents agreeing = CebSamples.documents(random);
			for (Perturbation p : PERTURBATIONS) {
				Documents changed = perturb(agreeing, p, random);
				assertThat(rules.check(changed)).as("seed %d, case %d: %s.%s", seed, n, p.type(), p.field())
					.extracting(MatchRules.Failure::check)
					.contains(p.check());
			}
		}
	}

	@Test
	void theSingleOrderAndAnnualLimitsAndTheWithheldTaxAreChecked() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		Documents d = CebSamples.documents(random);
		BigDecimal value = d.order().goodsValue().add(d.order().freight()).add(d.waybill().insuredFee());
		Documents atTheLimit = new Documents(d.order(), d.payment(), d.waybill(), d.inventory(),
				new BigDecimal("26000").subtract(value), d.withheldTax());
		assertThat(rules.check(atTheLimit)).as("seed " + seed).isEmpty();
		Documents overTheYear = new Documents(d.order(), d.payment(), d.waybill(), d.inventory(),
				new BigDecimal("26000").subtract(value).add(new BigDecimal("0.01")), d.withheldTax());
		assertThat(rules.check(overTheYear)).extracting(MatchRules.Failure::check).containsExactly(Check.ANNUAL_LIMIT);
		Documents taxDiffers = new Documents(d.order(), d.payment(), d.waybill(), d.inventory(), BigDecimal.ZERO,
				d.order().taxTotal().add(new BigDecimal("0.01")));
		assertThat(rules.check(taxDiffers)).extracting(MatchRules.Failure::check).containsExactly(Check.TAX_WITHHELD);

		MatchRules small = new MatchRules(new MatchRules.Limits(value.subtract(new BigDecimal("0.01")),
				new BigDecimal("26000"), BigDecimal.ZERO, new BigDecimal("0.10")));
		assertThat(
				small.check(new Documents(d.order(), d.payment(), d.waybill(), d.inventory(), BigDecimal.ZERO, null)))
			.extracting(MatchRules.Failure::check)
			.containsExactly(Check.SINGLE_ORDER_LIMIT);
	}

	private static Documents perturb(Documents d, Perturbation p, Random random) {
		return switch (p.type()) {
			case CEB311 -> new Documents(OrderMessage.from(change(d.order().toCeb(), p, random)), d.payment(),
					d.waybill(), d.inventory(), d.buyerYearBefore(), d.withheldTax());
			case CEB411 -> new Documents(d.order(), PaymentMessage.from(change(d.payment().toCeb(), p, random)),
					d.waybill(), d.inventory(), d.buyerYearBefore(), d.withheldTax());
			case CEB511 ->
				new Documents(d.order(), d.payment(), WaybillMessage.from(change(d.waybill().toCeb(), p, random)),
						d.inventory(), d.buyerYearBefore(), d.withheldTax());
			case CEB621 -> new Documents(d.order(), d.payment(), d.waybill(),
					InventoryMessage.from(change(d.inventory().toCeb(), p, random)), d.buyerYearBefore(),
					d.withheldTax());
			default -> throw new IllegalArgumentException(p.type().name());
		};
	}

	/** The field in the head, or in one line drawn at random. */
	private static CebMessage change(CebMessage message, Perturbation p, Random random) {
		Map<String, String> head = new LinkedHashMap<>(message.head());
		List<Map<String, String>> lines = new java.util.ArrayList<>(message.lines());
		if (head.containsKey(p.field())) {
			head.put(p.field(), p.change().apply(head.get(p.field())));
		}
		else {
			int i = random.nextInt(lines.size());
			Map<String, String> line = new LinkedHashMap<>(lines.get(i));
			assertThat(line).containsKey(p.field());
			line.put(p.field(), p.change().apply(line.get(p.field())));
			lines.set(i, line);
		}
		return new CebMessage(message.type(), message.guid(), head, lines);
	}

	private static String breakCheckDigit(String id) {
		char check = id.charAt(17);
		char other = check == '0' ? '1' : '0';
		return id.substring(0, 17) + other;
	}

}
