package org.isoko.platform;

import java.math.BigDecimal;
import java.util.Locale;

import org.isoko.shared.web.PageNumbers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageNumbersUnitTests {

	private final PageNumbers numbers = new PageNumbers();

	@Test
	void showsExchangeRatesWithSixSignificantDigits() {
		assertThat(numbers.rate(new BigDecimal("208.934567"), Locale.ENGLISH)).isEqualTo("208.935");
		assertThat(numbers.rate(new BigDecimal("0.004975124378"), Locale.ENGLISH)).isEqualTo("0.00497512");
		assertThat(numbers.rate(new BigDecimal("1450.00"), Locale.ENGLISH)).isEqualTo("1,450");
		assertThat(numbers.rate(new BigDecimal("1234567.8"), Locale.ENGLISH)).isEqualTo("1,234,570");
		assertThat(numbers.rate(new BigDecimal("208.934567"), Locale.FRENCH)).isEqualTo("208,935");
	}

	@Test
	void showsPercentagesTheLocalesWay() {
		assertThat(numbers.percent(new BigDecimal("13"), Locale.ENGLISH)).isEqualTo("13%");
		assertThat(numbers.percent(new BigDecimal("0.5"), Locale.ENGLISH)).isEqualTo("0.5%");
		assertThat(numbers.fraction(new BigDecimal("0.7000"), Locale.ENGLISH)).isEqualTo("70%");
		assertThat(numbers.fraction(new BigDecimal("0.7000"), Locale.FRENCH)).isEqualTo("70\u00a0%");
		assertThat(numbers.percent(new BigDecimal("25"), Locale.CHINESE)).isEqualTo("25%");
	}

}
