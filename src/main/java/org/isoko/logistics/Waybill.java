package org.isoko.logistics;

import java.util.random.RandomGenerator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A house waybill number, what the label's barcode carries and the agent scans: "IS",
 * nine digits and a Luhn check digit (e.g. IS4821930571). The check digit makes a
 * mistyped manual entry fail at once instead of naming another parcel. Always valid.
 */
public record Waybill(String value) {

	static final String PREFIX = "IS";

	public Waybill {
		if (value == null || !value.matches("IS[0-9]{10}")) {
			throw new IllegalArgumentException(
					"'" + value + "' is not a waybill number: IS followed by 10 digits, e.g. IS4821930571");
		}
		if (checkDigit(value.substring(2, 11)) != value.charAt(11) - '0') {
			throw new IllegalArgumentException("'" + value + "' is not a waybill number: its check digit is wrong");
		}
	}

	/** Reads what a scanner or a person typed: spaces and case do not matter. */
	@JsonCreator
	public static Waybill of(String text) {
		return new Waybill(text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT));
	}

	static Waybill random(RandomGenerator random) {
		String digits = String.format("%09d", random.nextInt(1_000_000_000));
		return new Waybill(PREFIX + digits + checkDigit(digits));
	}

	/** The Luhn (mod 10) check digit of {@code digits}. */
	static int checkDigit(String digits) {
		int sum = 0;
		boolean twice = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return (10 - sum % 10) % 10;
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
