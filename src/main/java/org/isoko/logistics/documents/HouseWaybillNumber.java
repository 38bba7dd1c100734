package org.isoko.logistics.documents;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.isoko.shared.HubCode;

/**
 * Isoko's own number for one parcel (a house waybill, under a consignment's master
 * waybill): {@code ISK-KGL-00012345-K} — the prefix ISK, the origin hub's code, an
 * 8-digit serial per hub and one check character. It is printed on the label and encoded
 * in its barcode and QR code.
 * <p>
 * The check character is ISO/IEC 7064 MOD 37,36 over the hub code and the serial (digits
 * 0-9 and letters A-Z, so it covers the hub's letters too): it catches every single
 * mistyped character and every swap of two neighbours, so a hub agent typing a number
 * from a torn label gets "check character wrong" instead of another seller's parcel.
 * Scanners type the dashed form; people may leave the dashes out when the hub code has
 * letters only.
 */
public record HouseWaybillNumber(HubCode hub, long serial) {

	static final String PREFIX = "ISK";

	private static final Pattern DASHED = Pattern.compile("ISK-([A-Z][A-Z0-9]{2,7})-(\\d{8})-(\\d{2})");

	private static final Pattern COMPACT = Pattern.compile("ISK([A-Z]{3,8})(\\d{8})(\\d{2})");

	public HouseWaybillNumber {
		if (hub == null) {
			throw new IllegalArgumentException("A house waybill number needs the origin hub");
		}
		if (serial < 0 || serial > 99_999_999) {
			throw new IllegalArgumentException(
					"The serial of a house waybill number has at most 8 digits, got " + serial);
		}
	}

	/**
	 * Reads a scanned or typed number ({@code ISK-KGL-00012345-42}, any case, surrounding
	 * spaces, or {@code ISKKGL0001234542}) and checks its check digits.
	 */
	public static HouseWaybillNumber parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A waybill number is required (e.g. ISK-KGL-00012345-42)");
		}
		String normalized = text.strip().toUpperCase(Locale.ROOT);
		Matcher matcher = DASHED.matcher(normalized);
		if (!matcher.matches()) {
			matcher = COMPACT.matcher(normalized);
		}
		if (!matcher.matches()) {
			throw new IllegalArgumentException("'" + text.strip() + "' is not an Isoko waybill number: ISK, the hub"
					+ " code, 8 digits and 2 check digits, e.g. ISK-KGL-00012345-42");
		}
		HouseWaybillNumber number = new HouseWaybillNumber(HubCode.of(matcher.group(1)),
				Long.parseLong(matcher.group(2)));
		String given = matcher.group(3);
		if (!given.equals(number.checkDigits())) {
			throw new IllegalArgumentException("Waybill number " + normalized + " has check digits " + given + " where "
					+ number.checkDigits() + " were expected: a character is probably mistyped");
		}
		return number;
	}

	/**
	 * True when {@code text} reads as a valid number (for a scanner field's quick check).
	 */
	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The two check digits, "02" to "98". */
	public String checkDigits() {
		return checkDigitsOf(hub.value() + serialDigits());
	}

	/**
	 * ISO/IEC 7064 MOD 97-10 over digits and upper-case letters, two digits per character
	 * (A = 10 ... Z = 35): the check digits make the whole, read as one integer, leave 1
	 * when divided by 97.
	 */
	static String checkDigitsOf(String payload) {
		int remainder = 0;
		for (int i = 0; i < payload.length(); i++) {
			int value = Character.digit(payload.charAt(i), 36);
			if (value < 0 || Character.isLowerCase(payload.charAt(i))) {
				throw new IllegalArgumentException("'" + payload.charAt(i) + "' cannot be in a waybill number");
			}
			remainder = (remainder * 100 + value) % 97;
		}
		return zeroPadded(98 - (remainder * 100) % 97, 2);
	}

	private String serialDigits() {
		return zeroPadded(serial, 8);
	}

	/**
	 * The number in {@code width} digits, zeros in front. Not String.format: a carrier
	 * delivery reads a waybill number per event, and formatting took a tenth of
	 * ingestion's CPU.
	 */
	private static String zeroPadded(long number, int width) {
		String digits = Long.toString(number);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}

	/** The canonical form, as printed and encoded: {@code ISK-KGL-00012345-42}. */
	public String value() {
		return PREFIX + "-" + hub.value() + "-" + serialDigits() + "-" + checkDigits();
	}

	@Override
	public String toString() {
		return value();
	}

}
