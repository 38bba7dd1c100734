package org.isoko.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class MoneyUnitTests {

	static final CurrencyCode RWF = CurrencyCode.of("RWF");
	static final CurrencyCode CNY = CurrencyCode.of("CNY");
	static final CurrencyCode KES = CurrencyCode.of("KES");
	static final CurrencyCode USD = CurrencyCode.of("USD");
	static final CurrencyCode JPY = CurrencyCode.of("JPY");
	static final CurrencyCode BHD = CurrencyCode.of("BHD");

	static Money money(String amount, String currency) {
		return Money.of(amount, currency);
	}

	@Nested
	class CreatedFromMajorUnits {

		@ParameterizedTest
		@CsvSource({ "1500,     RWF, 1500", "1500.00,  RWF, 1500", // trailing zeros are
																	// not extra precision
				"1E+3,     RWF, 1000", "12.50,    CNY, 1250", "12.5,     CNY, 1250", "0.01,     KES, 1",
				"-3.20,    USD, -320", "149,      JPY, 149", "1.234,    BHD, 1234", "' 7.10 ', CNY, 710" })
		void countsMinorUnitsOfTheCurrency(String amount, String currency, long minorUnits) {
			Money money = Money.of(amount, currency);
			assertThat(money.minorUnits()).isEqualTo(minorUnits);
			assertThat(money.currency()).isEqualTo(CurrencyCode.of(currency));
		}

		@ParameterizedTest
		@CsvSource({ "10.5, RWF, 0", "0.1, JPY, 0", "12.345, CNY, 2", "0.001, KES, 2", "1.2345, BHD, 3" })
		void refusesMoreDecimalsThanTheCurrencyHasInsteadOfRounding(String amount, String currency, int digits) {
			assertThatIllegalArgumentException().isThrownBy(() -> Money.of(amount, currency))
				.withMessage("Amount " + amount + " has more decimals than " + currency + " allows (" + digits + ")");
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "  ", "ten", "1,500", "12.50 CNY", "1.2.3" })
		void refusesTextThatIsNotANumber(String amount) {
			assertThatIllegalArgumentException().isThrownBy(() -> Money.of(amount, "RWF"))
				.withMessageContaining("is not a number");
		}

		@Test
		void refusesAMissingAmountOrCurrency() {
			assertThatIllegalArgumentException().isThrownBy(() -> Money.of((BigDecimal) null, RWF))
				.withMessage("Amount is required");
			assertThatIllegalArgumentException().isThrownBy(() -> Money.of((String) null, "RWF"))
				.withMessage("Amount is required");
			assertThatIllegalArgumentException().isThrownBy(() -> Money.of(BigDecimal.ONE, null))
				.withMessage("Money needs a currency");
			assertThatIllegalArgumentException().isThrownBy(() -> Money.ofMinor(1, (CurrencyCode) null))
				.withMessage("Money needs a currency");
			assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "ZZZ")).withMessageContaining("'ZZZ'");
		}

		@Test
		void refusesAnAmountTooLargeForALong() {
			// Long.MAX_VALUE is 9,223,372,036,854,775,807 minor units; 10^17 CNY is 10^19
			// fen.
			assertThatIllegalArgumentException().isThrownBy(() -> Money.of("100000000000000000", "CNY"))
				.withMessageContaining("too large");
			assertThat(Money.of("92233720368547758.07", "CNY").minorUnits()).isEqualTo(Long.MAX_VALUE);
		}

		@Test
		void showsItsAmountWithExactlyTheCurrencysDecimals() {
			assertThat(Money.ofMinor(1250, CNY).amount()).isEqualTo("12.50");
			assertThat(Money.ofMinor(1500, RWF).amount()).isEqualTo("1500");
			assertThat(Money.ofMinor(5, BHD).toDecimal()).isEqualByComparingTo("0.005");
			assertThat(Money.ofMinor(5, BHD).amount()).isEqualTo("0.005");
			assertThat(Money.ofMinor(-320, "USD")).hasToString("USD -3.20");
		}

	}

	@Nested
	class AddedAndSubtracted {

		@Test
		void addsAndSubtractsExactly() {
			assertThat(money("0.10", "USD").plus(money("0.20", "USD"))).isEqualTo(money("0.30", "USD"));
			assertThat(money("1500", "RWF").minus(money("2000", "RWF"))).isEqualTo(money("-500", "RWF"));
			assertThat(money("-500", "RWF").negate()).isEqualTo(money("500", "RWF"));
			assertThat(Money.zero(KES).plus(money("7.25", "KES"))).isEqualTo(money("7.25", "KES"));
		}

		@Test
		void refusesToMixCurrencies() {
			Money rwf = money("1500", "RWF");
			Money cny = money("12.50", "CNY");
			assertThatIllegalArgumentException().isThrownBy(() -> rwf.plus(cny))
				.withMessage("Cannot combine RWF with CNY");
			assertThatIllegalArgumentException().isThrownBy(() -> rwf.minus(cny))
				.withMessage("Cannot combine RWF with CNY");
			assertThatIllegalArgumentException().isThrownBy(() -> rwf.compareTo(cny))
				.withMessage("Cannot combine RWF with CNY");
			// Same number of minor units, different currency: not equal.
			assertThat(Money.ofMinor(100, "KES")).isNotEqualTo(Money.ofMinor(100, "USD"));
		}

		@Test
		void comparesWithinOneCurrency() {
			assertThat(money("12.49", "CNY")).isLessThan(money("12.50", "CNY"));
			assertThat(money("-1", "RWF").isNegative()).isTrue();
			assertThat(Money.zero(RWF).isZero()).isTrue();
			assertThat(money("0.01", "USD").isPositive()).isTrue();
		}

		@Test
		void refusesToOverflowInsteadOfWrappingAround() {
			Money max = Money.ofMinor(Long.MAX_VALUE, RWF);
			Money min = Money.ofMinor(Long.MIN_VALUE, RWF);
			Money one = Money.ofMinor(1, RWF);
			assertThatIllegalArgumentException().isThrownBy(() -> max.plus(one)).withMessageContaining("too large");
			assertThatIllegalArgumentException().isThrownBy(() -> min.minus(one)).withMessageContaining("too large");
			assertThatIllegalArgumentException().isThrownBy(min::negate).withMessageContaining("too large");
		}

	}

	@Nested
	class MultipliedByAQuantity {

		@Test
		void multipliesExactly() {
			// 2,000 bags at 12.50 CNY = 25,000.00 CNY.
			assertThat(money("12.50", "CNY").times(2_000)).isEqualTo(money("25000.00", "CNY"));
			assertThat(money("1500", "RWF").times(0)).isEqualTo(Money.zero(RWF));
		}

		@Test
		void refusesToOverflow() {
			// 10^18 bags at 10 RWF would be 10^19 RWF, more than a long holds.
			assertThatIllegalArgumentException().isThrownBy(() -> money("10", "RWF").times(1_000_000_000_000_000_000L))
				.withMessageContaining("too large");
		}

	}

	@Nested
	class MultipliedByARate {

		@ParameterizedTest(name = "{0} minor units x {1} = {2}")
		@CsvSource({
				// 1,500 RWF x 18 % VAT = 270 RWF exactly.
				"1500, RWF, 0.18, 270",
				// 1,234 RWF x 0.18 = 222.12 RWF -> 222 RWF.
				"1234, RWF, 0.18, 222",
				// 25 RWF x 0.5 = 12.5 RWF -> 13 RWF: half-up, not half-even (which gives
				// 12).
				"25, RWF, 0.5, 13",
				// -25 RWF x 0.5 = -12.5 RWF -> -13 RWF: half-up rounds a tie away from
				// zero.
				"-25, RWF, 0.5, -13",
				// 12.34 CNY x 13 % = 1.6042 CNY -> 1.60 CNY (160 fen).
				"1234, CNY, 0.13, 160",
				// 12.35 CNY x 0.1 = 1.235 CNY -> 1.24 CNY (124 fen).
				"1235, CNY, 0.1, 124",
				// 2.89 CNY x 5 % = 0.1445 CNY -> 0.14 CNY. Rounding twice (first to
				// 0.145, then to 0.15) would be wrong.
				"289, CNY, 0.05, 14",
				// 0.001 BHD x 0.5 = 0.0005 BHD -> 0.001 BHD.
				"1, BHD, 0.5, 1" })
		void roundsOnceHalfUpToTheMinorUnit(long minorUnits, String currency, String rate, long expected) {
			Money result = Money.ofMinor(minorUnits, currency).times(new BigDecimal(rate));
			assertThat(result).isEqualTo(Money.ofMinor(expected, currency));
		}

		@Test
		void refusesToOverflow() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> Money.ofMinor(Long.MAX_VALUE / 2, RWF).times(new BigDecimal("2.5")))
				.withMessageContaining("too large");
		}

	}

	@Nested
	class Converted {

		@ParameterizedTest(name = "{0} {1} at {2} = {3} {4}")
		@CsvSource({
				// 10,000 RWF x 0.0051 CNY/RWF = 51.0000 CNY -> 51.00 CNY.
				"10000, RWF, 0.0051,   CNY, 51.00",
				// 1,234 RWF x 0.005123 = 6.321782 CNY -> 6.32 CNY.
				"1234,  RWF, 0.005123, CNY, 6.32",
				// 1,001 RWF x 0.005 = 5.005 CNY -> 5.01 CNY: a tie rounds up (half-even
				// would give 5.00).
				"1001,  RWF, 0.005,    CNY, 5.01",
				// 12.50 CNY x 196.08 RWF/CNY = 2,451.00 RWF -> 2,451 RWF.
				"12.50, CNY, 196.08,   RWF, 2451",
				// 0.01 CNY x 150 = 1.5 RWF -> 2 RWF.
				"0.01,  CNY, 150,      RWF, 2",
				// 0.01 CNY x 149.99 = 1.4999 RWF -> 1 RWF: rounded once from the exact
				// product.
				"0.01,  CNY, 149.99,   RWF, 1",
				// 1.00 USD x 149.5 JPY/USD = 149.5 JPY -> 150 JPY.
				"1.00,  USD, 149.5,    JPY, 150",
				// 1.00 USD x 0.376 BHD/USD = 0.376 BHD (376 fils).
				"1.00,  USD, 0.376,    BHD, 0.376",
				// 100.00 KES x 0.0071 USD/KES = 0.71 USD.
				"100.00, KES, 0.0071,  USD, 0.71",
				// -10.00 USD x 0.125 = -1.25 -> ... in KES 2 digits: -1.25 KES exactly.
				"-10.00, USD, 0.125,   KES, -1.25" })
		void convertsRoundingOnceHalfUpToTheTargetsMinorUnit(String amount, String from, String rate, String to,
				String expected) {
			Money converted = Money.of(amount, from).convert(new BigDecimal(rate), CurrencyCode.of(to));
			assertThat(converted).isEqualTo(Money.of(expected, to));
		}

		@Test
		void convertsIntoTheSameCurrencyAtRateOneUnchanged() {
			Money price = money("12.50", "CNY");
			assertThat(price.convert(BigDecimal.ONE, CNY)).isEqualTo(price);
		}

		@Test
		void refusesToOverflow() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> Money.ofMinor(Long.MAX_VALUE, JPY).convert(new BigDecimal("1000"), RWF))
				.withMessageContaining("too large");
		}

	}

	@Nested
	class Formatted {

		@Test
		void showsRwandanFrancsWithoutDecimals() {
			String english = money("1500", "RWF").format(Locale.ENGLISH);
			assertThat(english).contains("RWF").contains("1,500").doesNotContain(".");
			String french = money("1500", "RWF").format(Locale.FRENCH);
			assertThat(french).contains("RWF").doesNotContain(",").matches(".*1\\D500.*");
		}

		@Test
		void showsTheCurrencysDecimals() {
			assertThat(money("12.5", "CNY").format(Locale.ENGLISH)).contains("12.50");
			assertThat(money("12.5", "CNY").format(Locale.SIMPLIFIED_CHINESE)).contains("12.50").contains("¥");
			assertThat(money("1.5", "BHD").format(Locale.ENGLISH)).contains("1.500");
			assertThat(money("1234", "JPY").format(Locale.ENGLISH)).contains("1,234").doesNotContain(".");
		}

	}

	@Nested
	class AsJson {

		final JsonMapper json = JsonMapper.builder().build();

		@Test
		void writesMinorUnitsCurrencyAndAPlainAmount() {
			String written = json.writeValueAsString(money("12.50", "CNY"));
			assertThat(json.readTree(written))
				.isEqualTo(json.readTree("{\"minorUnits\":1250,\"currency\":\"CNY\",\"amount\":\"12.50\"}"));
		}

		@ParameterizedTest
		@CsvSource({ "12.50, CNY", "1500, RWF", "-0.005, BHD", "0, JPY" })
		void survivesARoundTrip(String amount, String currency) {
			Money original = money(amount, currency);
			assertThat(json.readValue(json.writeValueAsString(original), Money.class)).isEqualTo(original);
		}

		@Test
		void readsMinorUnitsAndCurrency() {
			assertThat(json.readValue("{\"minorUnits\":1500,\"currency\":\"rwf\"}", Money.class))
				.isEqualTo(money("1500", "RWF"));
		}

		@Test
		void refusesAnUnknownCurrency() {
			assertThatThrownBy(() -> json.readValue("{\"minorUnits\":1500,\"currency\":\"ZZZ\"}", Money.class))
				.isInstanceOf(DatabindException.class)
				.rootCause()
				.hasMessageContaining("'ZZZ'");
		}

		@Test
		void refusesAMissingCurrency() {
			assertThatThrownBy(() -> json.readValue("{\"minorUnits\":1500}", Money.class))
				.isInstanceOf(DatabindException.class)
				.rootCause()
				.hasMessage("Money needs a currency");
		}

	}

}
