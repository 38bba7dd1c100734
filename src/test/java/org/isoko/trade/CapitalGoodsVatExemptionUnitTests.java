package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isoko.trade.TradeExamples.*;

import java.time.LocalDate;
import java.util.List;

import org.isoko.network.CustomsRegime;
import org.isoko.shared.HsCode;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.ReferenceDataFiles;
import org.isoko.trade.tariff.Shipment;
import org.isoko.trade.tariff.TaxExemption;
import org.isoko.trade.tariff.TaxKind;
import org.junit.jupiter.api.Test;

/**
 * Rwanda's VAT exemption on machinery and capital goods of registered processors (Law No
 * 049/2023 of 05/09/2023 establishing value added tax; requirements in the Ministerial
 * Order of 2017): only for a buyer holding an approved certificate, only on the HS codes
 * of {@code tax-exemptions.csv}, only into Rwanda. The pulper of
 * {@link LandedCostUnitTests#aChinesePulperIntoRwandaPaysTheCetBandAndRwandanVat}: CIF
 * RWF 4,941,558, duty 0 %, VAT 18 % = 889,480, total 5,831,038.
 */
class CapitalGoodsVatExemptionUnitTests {

	static final List<TaxExemption> SHIPPED = ReferenceDataFiles.taxExemptionsFromClasspath();

	static List<TaxExemption.Held> held(String certificate) {
		return SHIPPED.stream()
			.filter(r -> r.condition().equals(TaxExemptions.CAPITAL_GOODS_PROCESSOR))
			.map(r -> new TaxExemption.Held(r, certificate))
			.toList();
	}

	static Shipment pulper(HsCode hs) {
		return toRwanda(DAY, line(hs, 1, Money.of("18000.00", "CNY"), 150_000));
	}

	@Test
	void theShippedExemptionsCoverPulpersDryersAndGrainMachinesIntoRwandaFromTheNewVatLaw() {
		assertThat(SHIPPED).extracting(TaxExemption::hsPrefix).containsExactlyInAnyOrder("843880", "841931", "8437");
		assertThat(SHIPPED).allSatisfy(rule -> {
			assertThat(rule.importer()).isEqualTo(RW);
			assertThat(rule.kind()).isEqualTo(TaxKind.VAT);
			assertThat(rule.legalBasis()).contains("Law No 049/2023");
			assertThat(rule.validity().from()).isEqualTo(LocalDate.of(2023, 9, 14));
			assertThat(rule.isUnverified()).isTrue();
		});
	}

	@Test
	void aBuyerHoldingTheExemptionPaysNoVatOnAPulperAndTheQuoteCitesIt() {
		Quote quote = LandedCostQuotes.quote(DATA, pulper(PULPER).withExemptions(held("RW-VATX-1")));
		QuoteLine line = quote.lines().get(0);

		Tax vat = line.taxes().get(0);
		assertThat(vat.kind()).isEqualTo(TaxKind.VAT);
		assertThat(vat.statutoryRate().value()).isEqualByComparingTo("18");
		assertThat(vat.effectiveRate()).isZero();
		assertThat(vat.amount()).isEqualTo(Money.ofMinor(0, "RWF"));
		assertThat(vat.legalBasis()).contains("Law No 049/2023").contains("certificate RW-VATX-1");
		// total = CIF 4,941,558 + duty 0 + VAT 0
		assertThat(quote.totals().total()).isEqualTo(Money.ofMinor(4_941_558, "RWF"));
		assertThat(quote.notices()).filteredOn(n -> n.code().equals("VAT_EXEMPT"))
			.singleElement()
			.satisfies(n -> assertThat(n.args()).startsWith("8438.80", "RW-VATX-1"));
	}

	@Test
	void withoutTheExemptionVatAppliesAsBefore() {
		Quote quote = LandedCostQuotes.quote(DATA, pulper(PULPER));

		assertThat(quote.lines().get(0).taxes().get(0).amount()).isEqualTo(Money.ofMinor(889_480, "RWF"));
		assertThat(quote.totals().total()).isEqualTo(Money.ofMinor(5_831_038, "RWF"));
		assertThat(quote.notices()).extracting(Notice::code).doesNotContain("VAT_EXEMPT");
	}

	@Test
	void goodsTheExemptionDoesNotCoverStillPayVat() {
		// drying-bed mesh (HS 3926.90, plastics) is not machinery on the list, even for a
		// certified processor
		Shipment mesh = toRwanda(DAY, line(HsCode.of("3926.90"), 1, Money.of("420.00", "CNY"), 9_800))
			.withExemptions(held("RW-VATX-1"));
		Quote quote = LandedCostQuotes.quote(DATA, mesh);

		assertThat(quote.lines().get(0).taxes().get(0).amount().isZero()).isFalse();
		assertThat(quote.notices()).extracting(Notice::code).doesNotContain("VAT_EXEMPT");
	}

	@Test
	void anExemptionOfRwandaDoesNothingForImportsIntoAnotherCountry() {
		Shipment kenya = toKenya(CustomsRegime.EAC_CUSTOMS_UNION, DAY, KenyaImportFeesUnitTests.tenBagsFrom(RW))
			.withExemptions(held("RW-VATX-1"));
		Quote with = LandedCostQuotes.quote(DATA, kenya);
		Quote without = LandedCostQuotes.quote(DATA,
				toKenya(CustomsRegime.EAC_CUSTOMS_UNION, DAY, KenyaImportFeesUnitTests.tenBagsFrom(RW)));

		assertThat(with.totals().total()).isEqualTo(without.totals().total());
		assertThat(with.notices()).extracting(Notice::code).doesNotContain("VAT_EXEMPT");
	}

	@Test
	void beforeTheLawTookEffectTheExemptionRowDoesNotApply() {
		Quote quote = LandedCostQuotes.quote(DATA,
				toRwanda(LocalDate.of(2023, 9, 13), line(PULPER, 1, Money.of("18000.00", "CNY"), 150_000))
					.withExemptions(held("RW-VATX-1")));

		assertThat(quote.lines().get(0).taxes().get(0).amount().isZero()).isFalse();
	}

	@Test
	void onlyTheCoveredLinesOfAMixedOrderAreExempt() {
		Quote quote = LandedCostQuotes.quote(DATA,
				toRwanda(DAY, line(PULPER, 1, Money.of("18000.00", "CNY"), 150_000),
						line(HsCode.of("8437.10"), 1, Money.of("1000.00", "CNY"), 20_000),
						line(HsCode.of("8438.80"), 2, Money.of("500.00", "CNY"), 10_000))
					.withExemptions(held("RW-VATX-1")));

		assertThat(quote.lines()).allSatisfy(l -> assertThat(l.taxes().get(0).amount().isZero()).isTrue());
		assertThat(quote.notices()).filteredOn(n -> n.code().equals("VAT_EXEMPT")).hasSize(3);
	}

}
