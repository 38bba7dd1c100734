package org.isoko.shared;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A mobile subscriber number in international E.164 form without the plus sign, as
 * mobile-money APIs expect it (e.g. 250788123456 for an MTN Rwanda number). Input may
 * carry a leading "+", spaces or dashes.
 */
public record Msisdn(String value) {

	// E.164: country code 1-3 digits (never starting with 0), at most 15 digits in all.
	private static final Pattern E164 = Pattern.compile("[1-9]\\d{7,14}");

	// Compiled once: String.replaceAll compiles its pattern on every call, and every
	// order's delivery phone comes here.
	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

	public Msisdn {
		if (value == null || !E164.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"Phone number must be in international form, e.g. +250788123456, got '" + value + "'");
		}
	}

	@JsonCreator
	public static Msisdn of(String value) {
		if (value == null) {
			return new Msisdn(null);
		}
		String digits = SEPARATORS.matcher(value.trim()).replaceAll("");
		return new Msisdn(digits.startsWith("+") ? digits.substring(1) : digits);
	}

	/** The number with its plus sign, as USSD gateways send it. */
	public String international() {
		return "+" + value;
	}

	@JsonValue
	@Override
	public String value() {
		return value;
	}

	@Override
	public String toString() {
		return international();
	}
}
