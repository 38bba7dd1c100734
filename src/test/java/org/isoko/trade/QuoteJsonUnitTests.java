package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isoko.trade.TradeExamples.*;

import java.time.LocalDate;

import org.isoko.catalog.PreferenceScheme;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * An order keeps the quote it was placed with: a quote survives a round trip through JSON
 * unchanged.
 */
class QuoteJsonUnitTests {

	@Test
	void aQuoteRoundTripsThroughJson() {
		Quote quote = LandedCostQuotes.quote(DATA,
				toChina(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, DAY, Money.of("10.00", "CNY"),
						line(ROASTED_COFFEE, 4, Money.ofMinor(12_000, "RWF"), 300,
								certificate(PreferenceScheme.CHINA_LDC, LocalDate.of(2026, 1, 1), null)),
						line(GREEN_COFFEE, 1, Money.ofMinor(250_000, "RWF"), 61_000)));
		JsonMapper json = JsonMapper.builder().findAndAddModules().build();

		String text = json.writeValueAsString(quote);
		Quote back = json.readValue(text, Quote.class);

		assertThat(back).isEqualTo(quote);
	}

}
