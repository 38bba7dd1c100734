package org.isoko.trade.tariff;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A rate in percent, 0 to 100 inclusive, at most 4 decimals (e.g. 13, 9.1, 0.35). */
public record Percent(BigDecimal value) implements Comparable<Percent> {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static final Percent ZERO = new Percent(BigDecimal.ZERO);

	public Percent {
		if (value == null) {
			throw new IllegalArgumentException("A rate is required");
		}
		if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException(
					"A rate must be between 0 and 100 %, got " + value.toPlainString() + " %");
		}
		if (value.stripTrailingZeros().scale() > 4) {
			throw new IllegalArgumentException(
					"A rate may have at most 4 decimals, got " + value.toPlainString() + " %");
		}
		value = value.stripTrailingZeros();
		if (value.scale() < 0) {
			value = value.setScale(0);
		}
	}

	public static Percent of(String value) {
		try {
			return new Percent(new BigDecimal(value.trim()));
		}
		catch (NumberFormatException | NullPointerException e) {
			throw new IllegalArgumentException("'" + value + "' is not a rate in percent");
		}
	}

	@JsonCreator
	public static Percent of(BigDecimal value) {
		return new Percent(value);
	}

	/** The rate as a fraction: 13 % is 0.13. Exact. */
	public BigDecimal fraction() {
		return value.movePointLeft(2);
	}

	public boolean isZero() {
		return value.signum() == 0;
	}

	@JsonValue
	@Override
	public BigDecimal value() {
		return value;
	}

	@Override
	public int compareTo(Percent other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value.toPlainString() + " %";
	}
}
