package org.isoko.shared;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Harmonized System code: the 6-digit international subheading (e.g. 090111, green
 * coffee, not decaffeinated) optionally extended by a national tariff line to 8 or 10
 * digits. Stored as digits only; {@link #formatted()} gives the usual dotted form
 * "0901.11".
 */
public record HsCode(String value) {

	private static final Pattern DIGITS = Pattern.compile("\\d{6}|\\d{8}|\\d{10}");

	public HsCode {
		if (value == null || !DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"HS code must have 6, 8 or 10 digits (e.g. 0901.11), got '" + value + "'");
		}
		int chapter = Integer.parseInt(value.substring(0, 2));
		// Chapter 77 is reserved for future use by the HS; 98 and 99 are national-only
		// chapters.
		if (chapter < 1 || chapter > 97 || chapter == 77) {
			throw new IllegalArgumentException(
					"HS code '" + value + "' names chapter " + chapter + ", which does not exist");
		}
	}

	/** Accepts the digits with the usual separators ("0901.11", "0901 11 00"). */
	@JsonCreator
	public static HsCode of(String value) {
		return new HsCode(value == null ? null : value.replaceAll("[.\\s]", ""));
	}

	public String chapter() {
		return value.substring(0, 2);
	}

	public String heading() {
		return value.substring(0, 4);
	}

	public String subheading() {
		return value.substring(0, 6);
	}

	/**
	 * True when this code is the given code or a national line below it (0901.11.00 is
	 * within 0901.11).
	 */
	public boolean isWithin(HsCode broader) {
		return value.startsWith(broader.value);
	}

	public String formatted() {
		String dotted = value.substring(0, 4) + "." + value.substring(4, 6);
		return value.length() > 6 ? dotted + "." + value.substring(6) : dotted;
	}

	@JsonValue
	@Override
	public String value() {
		return value;
	}

	@Override
	public String toString() {
		return formatted();
	}
}
