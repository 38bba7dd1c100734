package org.isoko.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An exact amount of money: an integer number of minor units of one currency. The size of
 * the minor unit comes from the currency (RWF 0 decimals, CNY 2), so 1,500 RWF is
 * {@code 1500} and 12.50 CNY is {@code 1250}.
 * <p>
 * Arithmetic between amounts is exact and refuses to mix currencies. Anything involving a
 * rate (FX, duty, tax, fees) goes through {@link #times(BigDecimal)} or
 * {@link #convert(BigDecimal, CurrencyCode)}, which round <b>once</b>, half-up, to the
 * minor unit of the resulting currency; callers round per line, never per total.
 */
public record Money(long minorUnits, CurrencyCode currency) implements Comparable<Money> {

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	public Money {
		if (currency == null) {
			throw new IllegalArgumentException("Money needs a currency");
		}
	}

	@JsonCreator
	public static Money ofMinor(@JsonProperty("minorUnits") long minorUnits,
			@JsonProperty("currency") CurrencyCode currency) {
		return new Money(minorUnits, currency);
	}

	public static Money ofMinor(long minorUnits, String currency) {
		return new Money(minorUnits, CurrencyCode.of(currency));
	}

	/**
	 * The amount given in major units ("12.50" CNY). Refuses amounts finer than the
	 * currency's minor unit (e.g. 10.5 RWF) instead of silently rounding what a person
	 * typed.
	 */
	public static Money of(BigDecimal amount, CurrencyCode currency) {
		if (amount == null) {
			throw new IllegalArgumentException("Amount is required");
		}
		if (currency == null) {
			throw new IllegalArgumentException("Money needs a currency");
		}
		int digits = currency.minorUnitDigits();
		if (amount.stripTrailingZeros().scale() > digits) {
			throw new IllegalArgumentException("Amount " + amount.toPlainString() + " has more decimals than "
					+ currency + " allows (" + digits + ")");
		}
		try {
			return new Money(amount.movePointRight(digits).longValueExact(), currency);
		}
		catch (ArithmeticException e) {
			throw new IllegalArgumentException("Amount " + amount.toPlainString() + " is too large");
		}
	}

	public static Money of(String amount, String currency) {
		if (amount == null) {
			throw new IllegalArgumentException("Amount is required");
		}
		try {
			return of(new BigDecimal(amount.trim()), CurrencyCode.of(currency));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + amount + "' is not a number");
		}
	}

	public static Money zero(CurrencyCode currency) {
		return new Money(0, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(exact(() -> Math.addExact(minorUnits, other.minorUnits), currency), currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(exact(() -> Math.subtractExact(minorUnits, other.minorUnits), currency), currency);
	}

	/**
	 * Exact multiplication by a whole quantity, e.g. a unit price times the number of
	 * bags.
	 */
	public Money times(long quantity) {
		return new Money(exact(() -> Math.multiplyExact(minorUnits, quantity), currency), currency);
	}

	/**
	 * Multiplies by a rate (e.g. 0.13 for 13 % VAT), rounding once, half-up, to the minor
	 * unit.
	 */
	public Money times(BigDecimal rate) {
		BigDecimal product = BigDecimal.valueOf(minorUnits).multiply(rate).setScale(0, ROUNDING);
		return new Money(exact(product::longValueExact, currency), currency);
	}

	/**
	 * Converts into another currency at {@code rate} (units of the target per one unit of
	 * this currency), rounding once, half-up, to the target's minor unit.
	 */
	public Money convert(BigDecimal rate, CurrencyCode target) {
		BigDecimal targetAmount = toDecimal().multiply(rate).setScale(target.minorUnitDigits(), ROUNDING);
		return new Money(exact(targetAmount.movePointRight(target.minorUnitDigits())::longValueExact, target), target);
	}

	public Money negate() {
		return new Money(exact(() -> Math.negateExact(minorUnits), currency), currency);
	}

	/**
	 * The amount in major units with exactly the currency's number of decimals ("12.50",
	 * "1500").
	 */
	@JsonIgnore
	public BigDecimal toDecimal() {
		return BigDecimal.valueOf(minorUnits, currency.minorUnitDigits());
	}

	/**
	 * The amount as a plain decimal string, for API clients that want to show it without
	 * arithmetic.
	 */
	@JsonProperty("amount")
	public String amount() {
		return toDecimal().toPlainString();
	}

	@JsonIgnore
	public boolean isNegative() {
		return minorUnits < 0;
	}

	@JsonIgnore
	public boolean isZero() {
		return minorUnits == 0;
	}

	@JsonIgnore
	public boolean isPositive() {
		return minorUnits > 0;
	}

	/**
	 * Locale-aware display, e.g. "RWF 1,500" in English or "CN¥12.50" in Chinese; never
	 * more decimals than the currency has.
	 */
	public String format(Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(currency.toCurrency());
		format.setMinimumFractionDigits(currency.minorUnitDigits());
		format.setMaximumFractionDigits(currency.minorUnitDigits());
		return format.format(toDecimal());
	}

	@Override
	public int compareTo(Money other) {
		requireSameCurrency(other);
		return Long.compare(minorUnits, other.minorUnits);
	}

	/**
	 * Runs a calculation that may leave the range of a long. The amounts come from people
	 * (a quantity typed into a form), so an overflow is bad input and answered like any
	 * other (400), not a server error.
	 */
	private static long exact(LongSupplier calculation, CurrencyCode currency) {
		try {
			return calculation.getAsLong();
		}
		catch (ArithmeticException e) {
			throw new IllegalArgumentException("The result is too large to be an amount of " + currency);
		}
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
		}
	}

	@Override
	public String toString() {
		return currency + " " + toDecimal().toPlainString();
	}
}
