package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isoko.trade.TradeExamples.*;

import java.time.LocalDate;

import org.isoko.catalog.PreferenceScheme;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.trade.CrossBorderRetail.Treatment;
import org.isoko.trade.tariff.ShipmentLine;
import org.isoko.trade.tariff.TaxKind;
import org.junit.jupiter.api.Test;

/**
 * Worked examples for each regime, with the arithmetic written out from the rules and the
 * shipped reference data. FX (illustrative): 1 RWF = 0.0048 CNY = 0.0872 KES; 1 USD =
 * 7.10 CNY = 129.20 KES = 1,482.35 RWF; 1 CNY = 208.93 RWF. Freight (demo): KGL→HGH air
 * USD 4.50/kg, min 50, insurance 0.5 %; KGL→NBO road USD 0.35/kg, min 40, insurance 0.3
 * %; HGH→KGL air USD 5.20/kg, min 60, insurance 0.5 %.
 */
class LandedCostUnitTests {

	static final Money BAG_PRICE = Money.ofMinor(250_000, "RWF");
	static final long BAG_GROSS_GRAMS = 61_000; // 60 kg of green coffee in a 1 kg jute
												// bag

	/** 20 bags × 60 kg of green coffee at RWF 250,000 a bag. */
	static ShipmentLine twentyBags(org.isoko.catalog.LotDocument... documents) {
		return line(GREEN_COFFEE, 20, BAG_PRICE, BAG_GROSS_GRAMS, documents);
	}

	@Test
	void chineseImporterWithAValidChinaLdcCertificatePaysNoDutyAndThirteenPercentVat() {
		Quote quote = LandedCostQuotes.quote(DATA, toChina(CustomsRegime.GENERAL_TRADE, DAY, null, twentyBags(
				certificate(PreferenceScheme.CHINA_LDC, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 10, 1)))));
		QuoteLine line = quote.lines().get(0);

		// goods = 250,000 × 20 × 0.0048 = CNY 24,000.00
		// freight = max(50, 4.50 × 20 × 61 kg) = USD 5,490.00 × 7.10 = CNY 38,979.00
		// insurance = 0.5 % × (24,000.00 + 38,979.00) = 314.895 → CNY 314.90 (half-up)
		// CIF = 24,000.00 + 38,979.00 + 314.90 = CNY 63,293.90
		// duty = 0 % (China zero tariff for LDCs, 100 % of lines from 1 Dec 2024) = 0.00
		// VAT = 13 % × (63,293.90 + 0) = 8,228.207 → CNY 8,228.21
		// total = 63,293.90 + 0 + 8,228.21 = CNY 71,522.11
		assertThat(line.goods()).isEqualTo(Money.of("24000.00", "CNY"));
		assertThat(line.freight()).isEqualTo(Money.of("38979.00", "CNY"));
		assertThat(line.insurance()).isEqualTo(Money.of("314.90", "CNY"));
		assertThat(line.customsValue()).isEqualTo(Money.of("63293.90", "CNY"));
		assertThat(line.duty().scheme()).isEqualTo("CHINA_LDC");
		assertThat(line.duty().amount()).isEqualTo(Money.of("0.00", "CNY"));
		assertThat(line.duty().certificate()).startsWith("CO-CHINA_LDC");
		assertThat(line.duty().legalBasis()).contains("100 %").contains("0901.11");
		assertThat(line.taxes()).singleElement().satisfies(vat -> {
			assertThat(vat.kind()).isEqualTo(TaxKind.VAT);
			assertThat(vat.amount()).isEqualTo(Money.of("8228.21", "CNY"));
		});
		assertThat(quote.totals().total()).isEqualTo(Money.of("71522.11", "CNY"));
		assertThat(quote.originAdvice()).isEmpty();
		assertThat(quote.rounding()).contains("half-up").contains("CNY (2 decimals)");
		assertThat(quote.fxRates()).extracting(FxUsed::from).containsExactlyInAnyOrder(RWF, USD);
	}

	@Test
	void withoutACertificateTheImporterPaysMfnEightPercentAndIsToldWhatTheCertificateWouldSave() {
		Quote quote = LandedCostQuotes.quote(DATA, toChina(CustomsRegime.GENERAL_TRADE, DAY, null, twentyBags()));
		QuoteLine line = quote.lines().get(0);

		// CIF 63,293.90 as above; duty = 8 % × 63,293.90 = 5,063.512 → 5,063.51
		// VAT = 13 % × (63,293.90 + 5,063.51 = 68,357.41) = 8,886.4633 → 8,886.46
		// total = 63,293.90 + 5,063.51 + 8,886.46 = 77,243.87; with the certificate
		// 71,522.11: saving 5,721.76
		assertThat(line.duty().scheme()).isEqualTo("MFN");
		assertThat(line.duty().rate().value()).isEqualByComparingTo("8");
		assertThat(line.duty().amount()).isEqualTo(Money.of("5063.51", "CNY"));
		assertThat(line.taxes().get(0).base()).isEqualTo(Money.of("68357.41", "CNY"));
		assertThat(line.taxes().get(0).amount()).isEqualTo(Money.of("8886.46", "CNY"));
		assertThat(quote.totals().total()).isEqualTo(Money.of("77243.87", "CNY"));
		assertThat(quote.originAdvice()).singleElement().satisfies(advice -> {
			assertThat(advice.scheme()).isEqualTo(PreferenceScheme.CHINA_LDC);
			assertThat(advice.saving()).isEqualTo(Money.of("5721.76", "CNY"));
			assertThat(advice.message()).contains("from 8 % to 0 %");
		});
	}

	@Test
	void anExpiredCertificateFallsBackToMfnAndSaysSo() {
		Quote quote = LandedCostQuotes.quote(DATA, toChina(CustomsRegime.GENERAL_TRADE, DAY, null, twentyBags(
				certificate(PreferenceScheme.CHINA_LDC, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))));

		assertThat(quote.lines().get(0).duty().scheme()).isEqualTo("MFN");
		assertThat(quote.notices()).extracting(Notice::code).contains("CERTIFICATE_NOT_VALID");
		assertThat(quote.notices()).filteredOn(n -> n.code().equals("CERTIFICATE_NOT_VALID"))
			.singleElement()
			.satisfies(n -> assertThat(n.message()).contains("expires 2026-01-01").contains("MFN rate applies"));
	}

	@Test
	void aCertificateForAnotherSchemeDoesNotEarnThePreference() {
		Quote quote = LandedCostQuotes.quote(DATA, toChina(CustomsRegime.GENERAL_TRADE, DAY, null,
				twentyBags(certificate(PreferenceScheme.EAC, LocalDate.of(2026, 10, 1), null))));

		assertThat(quote.lines().get(0).duty().scheme()).isEqualTo("MFN");
	}

	@Test
	void aChineseConsumerUnderCrossBorderRetailPaysNoTariffAndVatAtSeventyPercent() {
		// 4 bags of 250 g roasted coffee at RWF 12,000, 300 g gross each
		Quote quote = LandedCostQuotes.quote(DATA, toChina(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, DAY,
				Money.of("1000.00", "CNY"), line(ROASTED_COFFEE, 4, Money.ofMinor(12_000, "RWF"), 300)));
		QuoteLine line = quote.lines().get(0);

		// goods = 12,000 × 4 × 0.0048 = CNY 230.40
		// freight = max(USD 50, 4.50 × 1.2 kg = 5.40) = USD 50 × 7.10 = CNY 355.00
		// insurance = 0.5 % × (230.40 + 355.00) = 2.927 → 2.93; CIF = 588.33
		// duty = 0 % within the limits (CNY 588.33 ≤ 5,000 per order; 1,000 + 588.33 ≤
		// 26,000 this year)
		// VAT = 13 % × 0.70 = 9.1 % × 588.33 = 53.538 → 53.54; total = 588.33 + 53.54 =
		// 641.87
		assertThat(line.customsValue()).isEqualTo(Money.of("588.33", "CNY"));
		assertThat(line.duty().scheme()).isEqualTo("CBEC_RETAIL");
		assertThat(line.duty().amount()).isEqualTo(Money.of("0.00", "CNY"));
		assertThat(line.taxes().get(0).effectiveRate()).isEqualByComparingTo("0.091");
		assertThat(line.taxes().get(0).amount()).isEqualTo(Money.of("53.54", "CNY"));
		assertThat(quote.totals().total()).isEqualTo(Money.of("641.87", "CNY"));
		assertThat(quote.regime()).isEqualTo(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL);
		assertThat(quote.crossBorderRetail().treatment()).isEqualTo(Treatment.WITHIN_LIMITS);
		assertThat(quote.crossBorderRetail().remainingAfterOrder()).isEqualTo(Money.of("24411.67", "CNY"));
	}

	@Test
	void aSingleItemAboveThePerOrderLimitClearsAsRetailWithDutyAndTaxInFull() {
		// one 60 kg bag of roasted coffee at RWF 1,200,000 = CNY 5,760.00 > 5,000
		Quote quote = LandedCostQuotes.quote(DATA, toChina(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, DAY, null,
				line(ROASTED_COFFEE, 1, Money.ofMinor(1_200_000, "RWF"), 61_000)));

		assertThat(quote.crossBorderRetail().treatment()).isEqualTo(Treatment.SINGLE_ITEM_FULL_TAX);
		assertThat(quote.regime()).isEqualTo(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL);
		assertThat(quote.lines().get(0).duty().rate().value()).isEqualByComparingTo("15"); // MFN
																							// 0901.21,
																							// no
																							// certificate
		assertThat(quote.lines().get(0).taxes().get(0).factor()).isEqualByComparingTo("1");
	}

	@Test
	void severalItemsAboveThePerOrderLimitAreRefusedWithoutChangingTheConsumersRegime() {
		Quote quote = LandedCostQuotes.quote(DATA, toChina(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, DAY, null,
				line(ROASTED_COFFEE, 2, Money.ofMinor(1_200_000, "RWF"), 61_000)));

		// a private consumer usually cannot clear as general trade: the quote stays
		// cross-border retail (per-order limit RMB 5,000 from 1 Jan 2019, Caiguanshui
		// [2018] No. 49), is refused and says what a consumer can do
		assertThat(quote.crossBorderRetail().treatment()).isEqualTo(Treatment.OVER_ORDER_LIMIT);
		assertThat(quote.crossBorderRetail().allowsRetailClearance()).isFalse();
		assertThat(quote.regime()).isEqualTo(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL);
		assertThat(quote.lines().get(0).duty().scheme()).isEqualTo("CBEC_RETAIL");
		assertThat(quote.lines().get(0).taxes().get(0).factor()).isEqualByComparingTo("0.70");
		assertThat(quote.notices()).filteredOn(n -> n.code().equals("CBEC_OVER_ORDER_LIMIT"))
			.singleElement()
			.satisfies(n -> assertThat(n.message()).contains("cannot be placed")
				.contains("split it into orders within the limit")
				.contains("buy as an importer"));
	}

	@Test
	void beyondTheAnnualLimitTheOrderIsRefusedAsRetail() {
		Quote quote = LandedCostQuotes.quote(DATA, toChina(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, DAY,
				Money.of("25800.00", "CNY"), line(ROASTED_COFFEE, 4, Money.ofMinor(12_000, "RWF"), 300)));

		// 25,800.00 used + 588.33 > 26,000.00: remaining 200.00
		assertThat(quote.crossBorderRetail().treatment()).isEqualTo(Treatment.OVER_ANNUAL_LIMIT);
		assertThat(quote.regime()).isEqualTo(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL);
		assertThat(quote.notices()).filteredOn(n -> n.code().equals("CBEC_OVER_ANNUAL_LIMIT"))
			.singleElement()
			.satisfies(n -> assertThat(n.message()).contains("CNY 26000.00").contains("remaining CNY 200.00"));
	}

	@Test
	void beforeTwentyNineteenTheOldRetailLimitsApply() {
		Quote quote = LandedCostQuotes.quote(DATA, toChina(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL,
				LocalDate.of(2018, 6, 1), null, line(ROASTED_COFFEE, 4, Money.ofMinor(12_000, "RWF"), 300)));

		assertThat(quote.crossBorderRetail().perOrderLimit()).isEqualTo(Money.of("2000.00", "CNY"));
		assertThat(quote.crossBorderRetail().annualLimit()).isEqualTo(Money.of("20000.00", "CNY"));
	}

	@Test
	void rwandaToKenyaWithAnEacCertificatePaysNoDutyAndWithoutItTheThirtyFivePercentBand() {
		ShipmentLine withCertificate = line(GREEN_COFFEE, 10, BAG_PRICE, BAG_GROSS_GRAMS,
				certificate(PreferenceScheme.EAC, LocalDate.of(2026, 9, 1), null));
		Quote eac = LandedCostQuotes.quote(DATA, toKenya(CustomsRegime.EAC_CUSTOMS_UNION, DAY, withCertificate));

		// goods = 250,000 × 10 × 0.0872 = KES 218,000.00
		// freight = max(40, 0.35 × 610 kg = 213.50) = USD 213.50 × 129.20 = KES 27,584.20
		// insurance = 0.3 % × 245,584.20 = 736.7526 → 736.75; CIF = 246,320.95
		// with the EAC certificate: duty 0 %; VAT 16 % × 246,320.95 = 39,411.352 →
		// 39,411.35; total 285,732.30
		assertThat(eac.lines().get(0).customsValue()).isEqualTo(Money.of("246320.95", "KES"));
		assertThat(eac.lines().get(0).duty().scheme()).isEqualTo("EAC");
		assertThat(eac.lines().get(0).taxes().get(0).amount()).isEqualTo(Money.of("39411.35", "KES"));
		assertThat(eac.totals().total()).isEqualTo(Money.of("285732.30", "KES"));

		Quote mfn = LandedCostQuotes.quote(DATA,
				toKenya(CustomsRegime.EAC_CUSTOMS_UNION, DAY, line(GREEN_COFFEE, 10, BAG_PRICE, BAG_GROSS_GRAMS)));
		// without it: CET 35 % × 246,320.95 = 86,212.3325 → 86,212.33; VAT 16 % ×
		// 332,533.28 = 53,205.3248 → 53,205.32
		// total = 246,320.95 + 86,212.33 + 53,205.32 = 385,738.60
		assertThat(mfn.lines().get(0).duty().rate().value()).isEqualByComparingTo("35");
		assertThat(mfn.lines().get(0).duty().amount()).isEqualTo(Money.of("86212.33", "KES"));
		assertThat(mfn.lines().get(0).taxes().get(0).amount()).isEqualTo(Money.of("53205.32", "KES"));
		assertThat(mfn.totals().total()).isEqualTo(Money.of("385738.60", "KES"));
		assertThat(mfn.originAdvice()).singleElement()
			.satisfies(a -> assertThat(a.saving()).isEqualTo(Money.of("100006.30", "KES")));
	}

	@Test
	void beforeTheFourthBandCoffeeWasInTheTwentyFivePercentBand() {
		Quote quote = LandedCostQuotes.quote(DATA, toKenya(CustomsRegime.EAC_CUSTOMS_UNION, LocalDate.of(2022, 6, 30),
				line(GREEN_COFFEE, 10, BAG_PRICE, BAG_GROSS_GRAMS)));

		assertThat(quote.lines().get(0).duty().rate().value()).isEqualByComparingTo("25");
		assertThat(quote.notices()).extracting(Notice::code).contains("UNVERIFIED_RATE");
	}

	@Test
	void afcftaFollowsThePhasedScheduleOfTheYearWithAValidCertificate() {
		LocalDate day = LocalDate.of(2023, 6, 1);
		ShipmentLine certified = line(GREEN_COFFEE, 10, BAG_PRICE, BAG_GROSS_GRAMS,
				certificate(PreferenceScheme.AFCFTA, LocalDate.of(2023, 1, 15), null));
		Quote quote = LandedCostQuotes.quote(DATA, toKenya(CustomsRegime.AFCFTA, day, certified));

		// Kenya, non-LDC path from a 25 % base: 2021 20 %, 2022 15 %, 2023 10 % (MFN that
		// day: CET 35 %)
		assertThat(quote.lines().get(0).duty().scheme()).isEqualTo("AFCFTA");
		assertThat(quote.lines().get(0).duty().rate().value()).isEqualByComparingTo("10");
	}

	@Test
	void anAfcftaCertificateOlderThanTwelveMonthsNoLongerCounts() {
		LocalDate day = LocalDate.of(2023, 6, 1);
		ShipmentLine stale = line(GREEN_COFFEE, 10, BAG_PRICE, BAG_GROSS_GRAMS,
				certificate(PreferenceScheme.AFCFTA, LocalDate.of(2022, 5, 31), null));
		Quote quote = LandedCostQuotes.quote(DATA, toKenya(CustomsRegime.AFCFTA, day, stale));

		assertThat(quote.lines().get(0).duty().scheme()).isEqualTo("MFN");
		assertThat(quote.notices()).extracting(Notice::code).contains("CERTIFICATE_NOT_VALID");
	}

	@Test
	void aChinesePulperIntoRwandaPaysTheCetBandAndRwandanVat() {
		Quote quote = LandedCostQuotes.quote(DATA,
				toRwanda(DAY, line(PULPER, 1, Money.of("18000.00", "CNY"), 150_000)));
		QuoteLine line = quote.lines().get(0);

		// goods = 18,000.00 × 208.93 = RWF 3,760,740
		// freight = max(60, 5.20 × 150 kg = 780) = USD 780 × 1,482.35 = RWF 1,156,233
		// insurance = 0.5 % × (3,760,740 + 1,156,233 = 4,916,973) = 24,584.865 → 24,585
		// (RWF has no decimals)
		// CIF = 4,941,558; duty 0 % (CET capital-goods band); VAT 18 % × 4,941,558 =
		// 889,480.44 → 889,480
		// total = 5,831,038
		assertThat(line.goods()).isEqualTo(Money.ofMinor(3_760_740, "RWF"));
		assertThat(line.freight()).isEqualTo(Money.ofMinor(1_156_233, "RWF"));
		assertThat(line.insurance()).isEqualTo(Money.ofMinor(24_585, "RWF"));
		assertThat(line.customsValue()).isEqualTo(Money.ofMinor(4_941_558, "RWF"));
		assertThat(line.duty().rate().isZero()).isTrue();
		assertThat(line.duty().legalBasis()).contains("capital goods");
		assertThat(line.taxes().get(0).amount()).isEqualTo(Money.ofMinor(889_480, "RWF"));
		assertThat(quote.totals().total()).isEqualTo(Money.ofMinor(5_831_038, "RWF"));
		assertThat(quote.rounding()).contains("RWF (0 decimals)");
	}

	@Test
	void freightIsSharedByGrossWeightAndTotalsAreTheSumsOfTheLines() {
		Quote quote = LandedCostQuotes.quote(DATA,
				toChina(CustomsRegime.GENERAL_TRADE, DAY, null, line(GREEN_COFFEE, 2, BAG_PRICE, BAG_GROSS_GRAMS),
						line(ROASTED_COFFEE, 1, BAG_PRICE, BAG_GROSS_GRAMS)));

		// 183 kg × 4.50 = USD 823.50 × 7.10 = CNY 5,846.85: two thirds (3,897.90) and one
		// third (1,948.95)
		assertThat(quote.lines().get(0).freight()).isEqualTo(Money.of("3897.90", "CNY"));
		assertThat(quote.lines().get(1).freight()).isEqualTo(Money.of("1948.95", "CNY"));
		assertThat(quote.totals().freight()).isEqualTo(Money.of("5846.85", "CNY"));
		assertThat(quote.totals().total()).isEqualTo(quote.lines().get(0).total().plus(quote.lines().get(1).total()));
	}

	@Test
	void anHsCodeWithoutATariffLineIsRefusedNamingTheLine() {
		assertThatThrownBy(() -> LandedCostQuotes.quote(DATA,
				toChina(CustomsRegime.GENERAL_TRADE, DAY, null,
						line(org.isoko.shared.HsCode.of("6109.10"), 1, BAG_PRICE, 300))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("HS 6109.10")
			.hasMessageContaining("no MFN tariff line of CN")
			.satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("lines[0].lotId"));
	}

	@Test
	void aDayBeforeTheTariffDataIsRefused() {
		assertThatThrownBy(() -> LandedCostQuotes.quote(DATA,
				toChina(CustomsRegime.GENERAL_TRADE, LocalDate.of(2023, 12, 31), null, twentyBags())))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("in force on 2023-12-31");
	}

}
