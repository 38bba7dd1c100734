package org.isoko.channels.text;

/**
 * How a text travels to a phone: in the GSM 03.38 7-bit alphabet when every character is
 * in it (the extension characters {@code ^ { } \ [ ] ~ | €} take two septets), otherwise
 * all of it in UCS-2, where every character is one unit (a character outside the Basic
 * Multilingual Plane takes two). One SMS holds 160 septets or 70 UCS-2 units; the parts
 * of a longer message hold 153 or 67, the rest goes to the header that joins them.
 */
public final class Gsm7 {

	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String EXTENSION = "^{}\\[~]|€\f";

	private Gsm7() {
	}

	/** The encoding a text is sent in and its length in that encoding's units. */
	public enum Encoding {

		GSM_7(160, 153), UCS_2(70, 67);

		private final int single;

		private final int perPart;

		Encoding(int single, int perPart) {
			this.single = single;
			this.perPart = perPart;
		}

		/** What one message holds in this encoding. */
		public int single() {
			return single;
		}

		/** What each part of a longer message holds. */
		public int perPart() {
			return perPart;
		}

	}

	/**
	 * A text's encoding, its length in units of that encoding and the SMS parts it takes.
	 */
	public record Measure(Encoding encoding, int units, int segments) {
	}

	public static boolean isGsm7(String text) {
		return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
	}

	/**
	 * Septets in GSM-7, or UCS-2 units when any character is outside GSM-7; extension
	 * characters count twice only in GSM-7.
	 */
	public static Measure measure(String text) {
		Encoding encoding = isGsm7(text) ? Encoding.GSM_7 : Encoding.UCS_2;
		int units;
		if (encoding == Encoding.GSM_7) {
			units = text.chars().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
		}
		else {
			units = text.length(); // UTF-16 code units are UCS-2 units; surrogate pairs
									// take two
		}
		return new Measure(encoding, units, segments(encoding, text, units));
	}

	/**
	 * An extension character's two septets are never split between two parts, so in GSM-7
	 * the parts are filled character by character rather than divided.
	 */
	private static int segments(Encoding encoding, String text, int units) {
		if (units == 0) {
			return 1;
		}
		if (units <= encoding.single()) {
			return 1;
		}
		if (encoding == Encoding.UCS_2) {
			return (units + encoding.perPart() - 1) / encoding.perPart();
		}
		int parts = 1;
		int used = 0;
		for (int i = 0; i < text.length(); i++) {
			int size = EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
			if (used + size > encoding.perPart()) {
				parts++;
				used = 0;
			}
			used += size;
		}
		return parts;
	}

	/** Whether a text fits one USSD screen or one SMS: 160 septets, or 70 UCS-2 units. */
	public static boolean fitsOneScreen(String text) {
		Measure measure = measure(text);
		return measure.units() <= measure.encoding().single();
	}

}
