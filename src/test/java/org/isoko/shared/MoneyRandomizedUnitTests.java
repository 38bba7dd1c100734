package org.isoko.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * Property-style checks of {@link Money} over thousands of random cases, with plain JUnit
 * and a seeded {@link Random}. A failure names its seed; rerun exactly that case set with
 * {@code -Disoko.test.seed=<seed>}.
 */
class MoneyRandomizedUnitTests {

	static final int CASES = 5_000;

	static final List<CurrencyCode> CURRENCIES = List.of("RWF", "CNY", "KES", "USD", "JPY", "BHD", "UGX", "EUR")
		.stream()
		.map(CurrencyCode::of)
		.toList();

	static final long SEED = Long.getLong("isoko.test.seed", System.nanoTime());

	@Test
	void convertIsNeverOffByMoreThanHalfAMinorUnitFromTheExactValue() {
		forAll(random -> {
			Money amount = randomMoney(random, 12);
			BigDecimal rate = randomRate(random);
			CurrencyCode target = pick(random, CURRENCIES);

			BigDecimal exact = amount.toDecimal().multiply(rate);
			String context = "convert " + amount + " at " + rate.toPlainString() + " to " + target;

			if (fitsInALong(exact, target)) {
				assertRoundedOnceHalfUp(amount.convert(rate, target), exact, context);
			}
			else {
				assertThatIllegalArgumentException().as(context)
					.isThrownBy(() -> amount.convert(rate, target))
					.withMessageContaining("too large");
			}
		});
	}

	@Test
	void timesARateIsNeverOffByMoreThanHalfAMinorUnitFromTheExactValue() {
		forAll(random -> {
			Money amount = randomMoney(random, 12);
			BigDecimal rate = randomRate(random);

			BigDecimal exact = amount.toDecimal().multiply(rate);
			String context = amount + " x " + rate.toPlainString();

			if (fitsInALong(exact, amount.currency())) {
				assertRoundedOnceHalfUp(amount.times(rate), exact, context);
			}
			else {
				assertThatIllegalArgumentException().as(context)
					.isThrownBy(() -> amount.times(rate))
					.withMessageContaining("too large");
			}
		});
	}

	@Test
	void plusAndMinusUndoEachOther() {
		forAll(random -> {
			CurrencyCode currency = pick(random, CURRENCIES);
			Money a = Money.ofMinor(random.nextLong() >> 2, currency); // |a| < 2^61: no
																		// overflow on the
																		// way
			Money b = Money.ofMinor(random.nextLong() >> 2, currency);
			String context = a + " and " + b;

			assertThat(a.plus(b).minus(b)).as(context).isEqualTo(a);
			assertThat(a.minus(b).plus(b)).as(context).isEqualTo(a);
			assertThat(a.plus(b)).as(context).isEqualTo(b.plus(a));
			assertThat(a.plus(b.negate())).as(context).isEqualTo(a.minus(b));
			assertThat(a.plus(b).toDecimal()).as(context).isEqualByComparingTo(a.toDecimal().add(b.toDecimal()));
		});
	}

	@Test
	void plusEitherIsExactOrRefusesToOverflow() {
		forAll(random -> {
			CurrencyCode currency = pick(random, CURRENCIES);
			Money a = Money.ofMinor(random.nextLong(), currency); // full range: about
																	// half of the sums
																	// overflow
			Money b = Money.ofMinor(random.nextLong(), currency);
			BigInteger exact = BigInteger.valueOf(a.minorUnits()).add(BigInteger.valueOf(b.minorUnits()));

			if (exact.bitLength() < Long.SIZE) {
				assertThat(a.plus(b).minorUnits()).as(a + " + " + b).isEqualTo(exact.longValueExact());
			}
			else {
				assertThatIllegalArgumentException().as(a + " + " + b)
					.isThrownBy(() -> a.plus(b))
					.withMessageContaining("too large");
			}
		});
	}

	@Test
	void majorUnitsRoundTripThroughTheAmountText() {
		forAll(random -> {
			Money money = randomMoney(random, 15);
			assertThat(Money.of(money.amount(), money.currency().value())).as(money.toString()).isEqualTo(money);
		});
	}

	/**
	 * Whether the exact amount, rounded either way, is a long number of minor units (the
	 * margin of 1 decides).
	 */
	private static boolean fitsInALong(BigDecimal exact, CurrencyCode currency) {
		return exact.movePointRight(currency.minorUnitDigits())
			.abs()
			.compareTo(BigDecimal.valueOf(Long.MAX_VALUE - 1)) < 0;
	}

	/**
	 * The result is the exact value rounded once, half-up (a tie goes away from zero), to
	 * the result's minor unit.
	 */
	private static void assertRoundedOnceHalfUp(Money result, BigDecimal exact, String context) {
		BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(result.currency().minorUnitDigits())
			.divide(BigDecimal.valueOf(2));
		BigDecimal error = result.toDecimal().subtract(exact);
		assertThat(error.abs()).as("%s = %s, exact %s", context, result, exact.toPlainString())
			.isLessThanOrEqualTo(halfUnit);
		if (error.abs().compareTo(halfUnit) == 0) {
			assertThat(result.toDecimal().abs())
				.as("%s: a tie rounds away from zero, exact %s", context, exact.toPlainString())
				.isGreaterThan(exact.abs());
		}
	}

	private static Money randomMoney(Random random, int maxDigits) {
		long bound = BigInteger.TEN.pow(1 + random.nextInt(maxDigits)).longValueExact();
		long minor = random.nextLong() % bound;
		return Money.ofMinor(minor, pick(random, CURRENCIES));
	}

	/**
	 * Positive rates from about 10^-10 to 10^8 with up to 10 decimals, like FX, duty and
	 * tax rates.
	 */
	private static BigDecimal randomRate(Random random) {
		long unscaled = 1
				+ Math.floorMod(random.nextLong(), BigInteger.TEN.pow(1 + random.nextInt(9)).longValueExact());
		return BigDecimal.valueOf(unscaled, random.nextInt(11));
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static void forAll(Consumer<Random> property) {
		Random random = new Random(SEED);
		for (int i = 0; i < CASES; i++) {
			try {
				property.accept(random);
			}
			catch (AssertionError | RuntimeException e) {
				throw new AssertionError("Failed at case " + i + " of seed " + SEED + " (rerun with -Disoko.test.seed="
						+ SEED + "): " + e.getMessage(), e);
			}
		}
	}

}
