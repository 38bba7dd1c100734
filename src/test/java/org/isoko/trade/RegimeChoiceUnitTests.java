package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isoko.trade.TradeExamples.*;

import java.time.LocalDate;
import java.util.List;

import org.isoko.catalog.PreferenceScheme;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.RegimeChoice;
import org.isoko.trade.tariff.ShipmentLine;
import org.junit.jupiter.api.Test;

/**
 * The default regime is the cheapest the corridor allows and the buyer and lots qualify
 * for. Legal basis: the EAC Customs Union Protocol (art. 14, 15) and the AfCFTA Protocol
 * on Trade in Goods (art. 4, 8) give a preference to goods that prove their origin; which
 * one to claim is the declarant's choice. Figures as in {@link LandedCostUnitTests}
 * (Rwanda → Kenya, 10 bags of green coffee, CIF KES 246,320.95, 28 Nov 2026).
 */
class RegimeChoiceUnitTests {

	private static final List<CustomsRegime> EAST_AFRICA = List.of(CustomsRegime.EAC_CUSTOMS_UNION,
			CustomsRegime.AFCFTA, CustomsRegime.GENERAL_TRADE);

	private static ShipmentLine tenBagsWithAnAfcftaCertificate() {
		return line(GREEN_COFFEE, 10, LandedCostUnitTests.BAG_PRICE, LandedCostUnitTests.BAG_GROSS_GRAMS,
				certificate(PreferenceScheme.AFCFTA, LocalDate.of(2026, 6, 1), null));
	}

	@Test
	void aLotWithAValidAfcftaCertificateIsQuotedUnderAfcftaNotTheEacCommonExternalTariff() {
		Quote quote = LandedCostQuotes.quote(RegimeChoice.cheapest(DATA,
				toKenya(CustomsRegime.EAC_CUSTOMS_UNION, DAY, tenBagsWithAnAfcftaCertificate()), EAST_AFRICA));

		// EAC without an EAC certificate: CET 35 % → total KES 385,738.60 (as general
		// trade: Kenya's MFN is the CET, the same figure); AfCFTA, Kenya's schedule year
		// 5
		// (2025 on): 0 % → VAT 16 % × 246,320.95 = 39,411.35; total 285,732.30
		assertThat(quote.regime()).isEqualTo(CustomsRegime.AFCFTA);
		assertThat(quote.requestedRegime()).isEqualTo(CustomsRegime.AFCFTA);
		assertThat(quote.lines().get(0).duty().scheme()).isEqualTo("AFCFTA");
		assertThat(quote.lines().get(0).duty().rate().value()).isEqualByComparingTo("0");
		assertThat(quote.lines().get(0).duty().legalBasis()).contains("AfCFTA schedule of tariff concessions");
		assertThat(quote.lines().get(0).duty().certificate()).startsWith("CO-AFCFTA");
		assertThat(quote.totals().total()).isEqualTo(Money.of("285732.30", "KES"));
		assertThat(quote.notices()).filteredOn(n -> n.code().equals("REGIME_CHOSEN")).singleElement().satisfies(n -> {
			assertThat(n.args()).containsExactly("AFCFTA", "EAC_CUSTOMS_UNION", "KES 385738.60", "AFCFTA",
					"KES 285732.30", "GENERAL_TRADE", "KES 385738.60");
			assertThat(n.message()).contains("Quoted under AFCFTA").contains("lowest landed cost");
		});
	}

	@Test
	void onATieTheFirstCandidateStaysTheDefault() {
		Quote quote = LandedCostQuotes.quote(RegimeChoice.cheapest(DATA,
				toKenya(CustomsRegime.EAC_CUSTOMS_UNION, DAY,
						line(GREEN_COFFEE, 10, LandedCostUnitTests.BAG_PRICE, LandedCostUnitTests.BAG_GROSS_GRAMS)),
				EAST_AFRICA));

		assertThat(quote.regime()).isEqualTo(CustomsRegime.EAC_CUSTOMS_UNION);
		assertThat(quote.totals().total()).isEqualTo(Money.of("385738.60", "KES"));
	}

	@Test
	void aBuyerWhoAsksForTheEacRegimeIsToldThatSwitchingToAfcftaSaves() {
		Quote quote = LandedCostQuotes.quote(RegimeChoice.requested(DATA,
				toKenya(CustomsRegime.EAC_CUSTOMS_UNION, DAY, tenBagsWithAnAfcftaCertificate()), EAST_AFRICA));

		assertThat(quote.regime()).isEqualTo(CustomsRegime.EAC_CUSTOMS_UNION);
		assertThat(quote.totals().total()).isEqualTo(Money.of("385738.60", "KES"));
		assertThat(quote.originAdvice()).filteredOn(a -> a.regime() != null).singleElement().satisfies(a -> {
			assertThat(a.regime()).isEqualTo(CustomsRegime.AFCFTA);
			assertThat(a.scheme()).isEqualTo(PreferenceScheme.AFCFTA);
			assertThat(a.saving()).isEqualTo(Money.of("100006.30", "KES"));
			assertThat(a.message()).contains("Switching this order to AFCFTA")
				.contains("from 35 % to 0 %")
				.contains("CO-AFCFTA-2026-06-01");
		});
		// and the certificate advice still names the EAC certificate it lacks
		assertThat(quote.originAdvice()).filteredOn(a -> a.regime() == null)
			.singleElement()
			.satisfies(a -> assertThat(a.scheme()).isEqualTo(PreferenceScheme.EAC));
	}

	@Test
	void askingForTheCheapestRegimeGivesNoSwitchAdvice() {
		Quote quote = LandedCostQuotes.quote(RegimeChoice.requested(DATA,
				toKenya(CustomsRegime.AFCFTA, DAY, tenBagsWithAnAfcftaCertificate()), EAST_AFRICA));

		assertThat(quote.originAdvice()).noneMatch(a -> a.regime() != null);
	}

}
