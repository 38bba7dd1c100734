package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;

class SearchPriceBoundsUnitTests {

	static final CurrencyCode RWF = CurrencyCode.of("RWF");
	static final CurrencyCode CNY = CurrencyCode.of("CNY");

	/**
	 * RWF → CNY as the converter finds it: the inverse of CNY/RWF 208.93 to 16 digits.
	 */
	static final BigDecimal RWF_CNY = BigDecimal.ONE.divide(new BigDecimal("208.93"), MathContext.DECIMAL64);

	@Test
	void findsTheExactSellerPricesWhoseConversionFallsInTheRange() {
		Money min = Money.ofMinor(2_393, "CNY");
		Money max = Money.ofMinor(143_589, "CNY");
		SearchPriceBounds.Range range = SearchPriceBounds.of(RWF, RWF_CNY, min, max);
		assertThat(convert(range.min())).isGreaterThanOrEqualTo(2_393);
		assertThat(convert(range.min() - 1)).isLessThan(2_393);
		assertThat(convert(range.max())).isLessThanOrEqualTo(143_589);
		assertThat(convert(range.max() + 1)).isGreaterThan(143_589);
		// 5,000 RWF is 23.93 CNY and 300,000 RWF is 1,435.89 CNY: both ends are inside.
		assertThat(range.min()).isLessThanOrEqualTo(5_000);
		assertThat(range.max()).isGreaterThanOrEqualTo(300_000);
	}

	@Test
	void anOpenEndedRangeKeepsEveryPositivePrice() {
		SearchPriceBounds.Range range = SearchPriceBounds.of(RWF, RWF_CNY, null, null);
		assertThat(range.min()).isEqualTo(1);
		assertThat(range.max()).isEqualTo(SearchPriceBounds.CEILING);
	}

	@Test
	void aRangeBetweenTwoSellerPricesIsEmpty() {
		// 1 CNY = 208.93 RWF: 0.01 CNY converts to 2 RWF (2.0893 rounded), 0.00 CNY to 0,
		// so no price is exactly 1 RWF.
		SearchPriceBounds.Range range = SearchPriceBounds.of(CNY, new BigDecimal("208.93"), Money.ofMinor(1, "RWF"),
				Money.ofMinor(1, "RWF"));
		assertThat(range.isEmpty()).isTrue();
		SearchPriceBounds.Range two = SearchPriceBounds.of(CNY, new BigDecimal("208.93"), Money.ofMinor(2, "RWF"),
				Money.ofMinor(2, "RWF"));
		assertThat(two.min()).isEqualTo(1);
		assertThat(two.max()).isEqualTo(1);
	}

	private static long convert(long rwf) {
		return new Money(rwf, RWF).convert(RWF_CNY, CNY).minorUnits();
	}

}
