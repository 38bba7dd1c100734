package org.isoko.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.junit.jupiter.api.Test;

/** Worked examples of FX conversion; the arithmetic is written next to each assertion. */
class FxConverterUnitTests {

	static final CurrencyCode RWF = CurrencyCode.of("RWF");
	static final CurrencyCode CNY = CurrencyCode.of("CNY");
	static final CurrencyCode KES = CurrencyCode.of("KES");
	static final CurrencyCode USD = CurrencyCode.of("USD");
	static final CurrencyCode GHS = CurrencyCode.of("GHS");
	static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
	static final LocalDate NOV_27 = LocalDate.of(2026, 11, 27);

	final List<FxRate> rates = new ArrayList<>();

	final FxConverter fx = new FxConverter(this::latest);

	@Test
	void convertsWithADirectRate() {
		store(RWF, CNY, "0.0050", NOV_1, "test source");

		Conversion conversion = fx.convert(Money.of("1500", "RWF"), CNY, NOV_27);

		// 1,500 RWF × 0.0050 CNY/RWF = 7.50 CNY
		assertThat(conversion.converted()).isEqualTo(Money.of("7.50", "CNY"));
		assertThat(conversion.rate()).isEqualByComparingTo("0.005");
		assertThat(conversion.rateDate()).isEqualTo(NOV_1);
		assertThat(conversion.source()).isEqualTo("test source");
		assertThat(conversion.path()).isEqualTo(FxPath.DIRECT);
		assertThat(conversion.amount()).isEqualTo(Money.of("1500", "RWF"));
	}

	@Test
	void roundsHalfUpOnceToTheTargetMinorUnit() {
		store(RWF, CNY, "0.00479", NOV_1, "test");

		// 1,500 × 0.00479 = 7.185 CNY → half-up to 2 decimals = 7.19 (not 7.18)
		assertThat(fx.convert(Money.of("1500", "RWF"), CNY, NOV_27).converted()).isEqualTo(Money.of("7.19", "CNY"));
		// 1,499 × 0.00479 = 7.18021 → 7.18
		assertThat(fx.convert(Money.of("1499", "RWF"), CNY, NOV_27).converted()).isEqualTo(Money.of("7.18", "CNY"));
	}

	@Test
	void roundsToWholeFrancsBecauseRwfHasNoMinorUnit() {
		store(CNY, RWF, "208.93", NOV_1, "NBR");

		// 5.91 CNY × 208.93 = 1,234.7763 RWF → 1,235 RWF (0 decimals)
		assertThat(fx.convert(Money.of("5.91", "CNY"), RWF, NOV_27).converted()).isEqualTo(Money.of("1235", "RWF"));
		// 1,234.5 exactly rounds half-up: 2.50 CNY × 493.8 = 1,234.5 RWF → 1,235 RWF
		rates.removeIf(r -> r.quote().equals(RWF));
		store(CNY, RWF, "493.8", NOV_1, "NBR");
		assertThat(fx.convert(Money.of("2.50", "CNY"), RWF, NOV_27).converted()).isEqualTo(Money.of("1235", "RWF"));
	}

	@Test
	void usesTheLatestRateEffectiveOnOrBeforeTheDay() {
		store(CNY, RWF, "200", LocalDate.of(2026, 10, 1), "October");
		store(CNY, RWF, "208.93", NOV_27, "November 27");
		store(CNY, RWF, "210", LocalDate.of(2026, 12, 1), "December");

		assertThat(fx.rate(CNY, RWF, LocalDate.of(2026, 11, 26)).source()).isEqualTo("October");
		assertThat(fx.rate(CNY, RWF, NOV_27).source()).isEqualTo("November 27");
		assertThat(fx.rate(CNY, RWF, LocalDate.of(2026, 11, 30)).rate()).isEqualByComparingTo("208.93");
		assertThatThrownBy(() -> fx.rate(CNY, RWF, LocalDate.of(2026, 9, 30))).isInstanceOf(NotFound.class);
	}

	@Test
	void usesTheInverseWhenOnlyTheOppositePairIsStored() {
		store(CNY, RWF, "200", NOV_1, "NBR");

		FxQuote quote = fx.rate(RWF, CNY, NOV_27);
		// 1 / 200 = 0.005 exactly
		assertThat(quote.rate()).isEqualByComparingTo("0.005");
		assertThat(quote.path()).isEqualTo(FxPath.INVERSE);
		assertThat(quote.source()).contains("inverse of CNY/RWF").contains("NBR");
		// 1,500 RWF × 0.005 = 7.50 CNY
		assertThat(fx.convert(Money.of("1500", "RWF"), CNY, NOV_27).converted()).isEqualTo(Money.of("7.50", "CNY"));
	}

	@Test
	void computesAnInverseToSixteenSignificantDigits() {
		store(CNY, RWF, "208.93", NOV_1, "NBR");

		// 1 / 208.93 = 0.004786292059541473... → DECIMAL64: 0.004786292059541473 (16
		// significant digits)
		assertThat(fx.rate(RWF, CNY, NOV_27).rate()).isEqualByComparingTo("0.004786292059541473");
		// 100,000 RWF × 0.004786292059541473 = 478.6292... CNY → 478.63
		assertThat(fx.convert(Money.of("100000", "RWF"), CNY, NOV_27).converted()).isEqualTo(Money.of("478.63", "CNY"));
	}

	@Test
	void prefersTheNewerOfTheDirectAndTheInverseRate() {
		store(RWF, CNY, "0.0049", NOV_1, "old direct");
		store(CNY, RWF, "200", NOV_27, "new opposite");

		assertThat(fx.rate(RWF, CNY, NOV_27).path()).isEqualTo(FxPath.INVERSE);
		assertThat(fx.rate(RWF, CNY, LocalDate.of(2026, 11, 26)).path()).isEqualTo(FxPath.DIRECT);
	}

	@Test
	void crossesViaUsdWhenNoRateConnectsTheTwoCurrencies() {
		store(USD, KES, "129.20", NOV_27, "CBK");
		store(USD, CNY, "7.0950", LocalDate.of(2026, 11, 20), "PBoC");

		FxQuote quote = fx.rate(KES, CNY, NOV_27);
		// KES → USD is the inverse of USD/KES: 1 / 129.20 = 0.007739938080495356
		// (DECIMAL64)
		// USD → CNY is direct: 7.0950; cross = 0.007739938080495356 × 7.0950 =
		// 0.054914860681114550820
		assertThat(quote.rate()).isEqualByComparingTo("0.05491486068111455082");
		assertThat(quote.path()).isEqualTo(FxPath.CROSS_VIA_USD);
		assertThat(quote.effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 20)); // the
																					// older
																					// leg
		assertThat(quote.source()).contains("CBK").contains("PBoC");
		assertThat(quote.legs()).hasSize(2);
		// 10,000.00 KES × 0.0549148606811145508 = 549.148606... CNY → 549.15 CNY
		assertThat(fx.convert(Money.of("10000.00", "KES"), CNY, NOV_27).converted())
			.isEqualTo(Money.of("549.15", "CNY"));
	}

	@Test
	void givesRateOneForTheSameCurrency() {
		Conversion conversion = fx.convert(Money.of("1500", "RWF"), RWF, NOV_27);

		assertThat(conversion.converted()).isEqualTo(Money.of("1500", "RWF"));
		assertThat(conversion.rate()).isEqualByComparingTo("1");
		assertThat(conversion.path()).isEqualTo(FxPath.SAME_CURRENCY);
	}

	@Test
	void refusesAnUnknownPairWithNotFound() {
		store(USD, RWF, "1482.35", NOV_27, "NBR");

		assertThatThrownBy(() -> fx.convert(Money.of("10", "GHS"), RWF, NOV_27)).isInstanceOf(NotFound.class)
			.hasMessageContaining("GHS")
			.hasMessageContaining("RWF");
		// USD itself is never crossed via USD
		assertThatThrownBy(() -> fx.rate(USD, GHS, NOV_27)).isInstanceOf(NotFound.class);
	}

	@Test
	void saysHowItRounded() {
		store(RWF, CNY, "0.005", NOV_1, "test");

		assertThat(fx.convert(Money.of("1500", "RWF"), CNY, NOV_27).rounding()).contains("half-up")
			.contains("2 decimal");
	}

	void store(CurrencyCode base, CurrencyCode quote, String rate, LocalDate day, String source) {
		OffsetDateTime now = OffsetDateTime.now();
		rates.add(new FxRate(UUID.randomUUID(), base, quote, new BigDecimal(rate), day, source, null,
				new Changed("test", now, "test", now)));
	}

	Optional<FxRate> latest(CurrencyCode base, CurrencyCode quote, LocalDate on) {
		return rates.stream()
			.filter(r -> r.base().equals(base) && r.quote().equals(quote) && !r.effectiveDate().isAfter(on))
			.max(Comparator.comparing(FxRate::effectiveDate));
	}

}
