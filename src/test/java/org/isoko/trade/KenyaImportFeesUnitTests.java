package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isoko.trade.TradeExamples.*;

import java.time.LocalDate;
import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.CountryCode;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.ShipmentLine;
import org.isoko.trade.tariff.TaxKind;
import org.junit.jupiter.api.Test;

/**
 * Kenya's Import Declaration Fee and Railway Development Levy (Miscellaneous Fees and
 * Levies Act No. 29 of 2016, s. 7 and 8, as amended by the Finance Act 2023 and the Tax
 * Laws (Amendment) Act 2024): a percentage of the customs value, outside the VAT base, on
 * goods that do not originate in the EAC. 10 bags of green coffee, KGL→NBO by road, as in
 * {@link LandedCostUnitTests}: customs value KES 246,320.95, CET 35 % = 86,212.33, VAT 16
 * % of 332,533.28 = 53,205.32.
 */
class KenyaImportFeesUnitTests {

	static final CountryCode ETHIOPIA = CountryCode.of("ET");

	static ShipmentLine tenBagsFrom(CountryCode origin) {
		return new ShipmentLine(LotId.random(), GREEN_COFFEE, 10, LandedCostUnitTests.BAG_PRICE,
				LandedCostUnitTests.BAG_GROSS_GRAMS, List.of(), origin);
	}

	@Test
	void goodsFromOutsideTheEacPayTheImportDeclarationFeeAndTheRailwayLevyOnTheCustomsValue() {
		Quote quote = LandedCostQuotes.quote(DATA, toKenya(CustomsRegime.GENERAL_TRADE, DAY, tenBagsFrom(ETHIOPIA)));
		QuoteLine line = quote.lines().get(0);

		// IDF 2.5 % × 246,320.95 = 6,158.02375 → 6,158.02 (Finance Act 2023)
		// RDL 2.0 % × 246,320.95 = 4,926.419 → 4,926.42 (Tax Laws (Amendment) Act 2024)
		// VAT stays 16 % of customs value + duty: the fees are not in its base
		// total = 246,320.95 + 86,212.33 + 53,205.32 + 6,158.02 + 4,926.42 = 396,823.04
		assertThat(line.taxes()).extracting(Tax::kind)
			.containsExactly(TaxKind.VAT, TaxKind.IMPORT_DECLARATION_FEE, TaxKind.RAILWAY_DEVELOPMENT_LEVY);
		assertThat(line.taxes().get(0).amount()).isEqualTo(Money.of("53205.32", "KES"));
		Tax idf = line.taxes().get(1);
		assertThat(idf.statutoryRate().value()).isEqualByComparingTo("2.5");
		assertThat(idf.base()).isEqualTo(Money.of("246320.95", "KES"));
		assertThat(idf.amount()).isEqualTo(Money.of("6158.02", "KES"));
		assertThat(idf.legalBasis()).contains("Miscellaneous Fees and Levies Act").contains("Finance Act 2023");
		Tax rdl = line.taxes().get(2);
		assertThat(rdl.statutoryRate().value()).isEqualByComparingTo("2");
		assertThat(rdl.amount()).isEqualTo(Money.of("4926.42", "KES"));
		assertThat(rdl.legalBasis()).contains("Tax Laws (Amendment) Act 2024");
		assertThat(quote.totals().total()).isEqualTo(Money.of("396823.04", "KES"));
		assertThat(quote.notices()).extracting(Notice::code).contains("UNVERIFIED_RATE");
	}

	@Test
	void theRateInForceOnTheDayApplies() {
		Quote quote = LandedCostQuotes.quote(DATA,
				toKenya(CustomsRegime.GENERAL_TRADE, LocalDate.of(2024, 6, 1), tenBagsFrom(ETHIOPIA)));

		// between the Finance Act 2023 and 27 Dec 2024 the levy was 1.5 %: 3,694.81425
		// → 3,694.81
		Tax rdl = quote.lines().get(0).taxes().get(2);
		assertThat(rdl.kind()).isEqualTo(TaxKind.RAILWAY_DEVELOPMENT_LEVY);
		assertThat(rdl.amount()).isEqualTo(Money.of("3694.81", "KES"));
		assertThat(quote.totals().total()).isEqualTo(Money.of("395591.43", "KES"));
	}

	@Test
	void goodsOriginatingInTheEacPayNeitherAndTheirQuoteIsUnchanged() {
		Quote quote = LandedCostQuotes.quote(DATA, toKenya(CustomsRegime.EAC_CUSTOMS_UNION, DAY, tenBagsFrom(RW)));

		// the same figures as LandedCostUnitTests without a certificate: no fee, no levy
		assertThat(quote.lines().get(0).taxes()).extracting(Tax::kind).containsExactly(TaxKind.VAT);
		assertThat(quote.totals().total()).isEqualTo(Money.of("385738.60", "KES"));
	}

	@Test
	void inAMixedOrderOnlyTheLineFromOutsideTheEacPaysThem() {
		Quote quote = LandedCostQuotes.quote(DATA,
				toKenya(CustomsRegime.GENERAL_TRADE, DAY, tenBagsFrom(RW), tenBagsFrom(ETHIOPIA)));

		assertThat(quote.lines().get(0).taxes()).extracting(Tax::kind).containsExactly(TaxKind.VAT);
		assertThat(quote.lines().get(1).taxes()).extracting(Tax::kind)
			.contains(TaxKind.IMPORT_DECLARATION_FEE, TaxKind.RAILWAY_DEVELOPMENT_LEVY);
	}

	@Test
	void otherImportersChargeNeither() {
		Quote quote = LandedCostQuotes.quote(DATA, toRwanda(DAY,
				new ShipmentLine(LotId.random(), PULPER, 1, Money.ofMinor(500_000, "CNY"), 80_000, List.of(), CN)));

		assertThat(quote.lines().get(0).taxes()).extracting(Tax::kind).containsExactly(TaxKind.VAT);
	}

}
