package org.isoko.logistics.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An air waybill number in the IATA form: a 3-digit airline prefix (176 is Emirates, 157
 * Qatar Airways), a 7-digit serial and a check digit that is the serial modulo 7, written
 * {@code 176-12345675}. A master waybill of an air consignment carries one.
 * <p>
 * The check digit catches most mistyped serials (every single wrong digit except a 0/7,
 * 1/8 or 2/9 swap, which mod 7 cannot see); the prefix is not covered by it, as in the
 * IATA rule.
 */
public record AirWaybillNumber(String airlinePrefix, String serial, int checkDigit) {

	private static final Pattern FORM = Pattern.compile("(\\d{3})[-\\s]?(\\d{7})(\\d)");

	public AirWaybillNumber {
		if (airlinePrefix == null || !airlinePrefix.matches("\\d{3}")) {
			throw new IllegalArgumentException(
					"The airline prefix of an air waybill number has 3 digits, got '" + airlinePrefix + "'");
		}
		if (serial == null || !serial.matches("\\d{7}")) {
			throw new IllegalArgumentException(
					"The serial of an air waybill number has 7 digits, got '" + serial + "'");
		}
		int expected = checkDigitOf(serial);
		if (checkDigit != expected) {
			throw new IllegalArgumentException("Air waybill number " + airlinePrefix + "-" + serial + checkDigit
					+ " has check digit " + checkDigit + " but serial " + serial + " needs " + expected
					+ " (serial mod 7): a digit is probably mistyped");
		}
	}

	/**
	 * Reads {@code 176-12345675}, {@code 17612345675} or {@code 176 12345675}, with
	 * surrounding spaces, and checks the check digit.
	 */
	public static AirWaybillNumber parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("An air waybill number is required (e.g. 176-12345675)");
		}
		Matcher matcher = FORM.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("'" + text.strip()
					+ "' is not an air waybill number: 3-digit airline prefix, 7-digit serial and a check digit,"
					+ " e.g. 176-12345675");
		}
		return new AirWaybillNumber(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)));
	}

	/** The number for a serial the airline allotted, with its check digit computed. */
	public static AirWaybillNumber of(String airlinePrefix, long serial) {
		if (serial < 0 || serial > 9_999_999) {
			throw new IllegalArgumentException("The serial of an air waybill number has 7 digits, got " + serial);
		}
		String digits = String.format("%07d", serial);
		return new AirWaybillNumber(airlinePrefix, digits, checkDigitOf(digits));
	}

	static int checkDigitOf(String serial) {
		return Integer.parseInt(serial) % 7;
	}

	/** The usual written form, {@code 176-12345675}. */
	public String formatted() {
		return airlinePrefix + "-" + serial + checkDigit;
	}

	/** The 11 digits without the dash, as scanned from a barcode: {@code 17612345675}. */
	public String digits() {
		return airlinePrefix + serial + checkDigit;
	}

	@Override
	public String toString() {
		return formatted();
	}

}
