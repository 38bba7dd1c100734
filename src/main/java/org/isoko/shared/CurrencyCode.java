package org.isoko.shared;

import java.util.Currency;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An ISO 4217 currency code known to the JDK. The number of minor units comes from the
 * currency itself ({@link Currency#getDefaultFractionDigits()}): RWF has 0, CNY, KES and
 * USD have 2.
 */
public record CurrencyCode(String value) {

	private static final Pattern SHAPE = Pattern.compile("[A-Z]{3}");

	public CurrencyCode {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"Currency code must be three upper-case letters (ISO 4217), got '" + value + "'");
		}
		Currency currency;
		try {
			currency = Currency.getInstance(value);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Unknown ISO 4217 currency code '" + value + "'");
		}
		if (currency.getDefaultFractionDigits() < 0) {
			throw new IllegalArgumentException("Currency '" + value + "' has no minor unit and cannot carry money");
		}
	}

	@JsonCreator
	public static CurrencyCode of(String value) {
		return new CurrencyCode(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
	}

	/** Number of decimal places of the minor unit, e.g. 0 for RWF, 2 for CNY. */
	public int minorUnitDigits() {
		return Currency.getInstance(value).getDefaultFractionDigits();
	}

	public Currency toCurrency() {
		return Currency.getInstance(value);
	}

	@JsonValue
	@Override
	public String value() {
		return value;
	}

	@Override
	public String toString() {
		return value;
	}
}
