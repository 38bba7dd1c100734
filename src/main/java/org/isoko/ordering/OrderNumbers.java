package org.isoko.ordering;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Order numbers people can read out on the phone: ISK-YYMMDD-XXXXXX (no 0/O or 1/I to confuse). */
final class OrderNumbers {

	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);

	private OrderNumbers() {
	}

	static String next(Instant now) {
		StringBuilder number = new StringBuilder("ISK-").append(DAY.format(now)).append('-');
		for (int i = 0; i < 6; i++) {
			number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return number.toString();
	}
}
