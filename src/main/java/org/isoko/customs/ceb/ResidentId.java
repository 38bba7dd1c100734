package org.isoko.customs.ceb;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A Chinese resident identity number (GB 11643-1999): 17 digits — area, date of birth
 * (yyyyMMdd), sequence — and a check character by ISO 7064 MOD 11-2 (digit, or X for 10).
 */
public final class ResidentId {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private ResidentId() {
	}

	/** The check character of the first 17 digits. */
	public static char checkCharacter(String first17) {
		if (first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
			throw new IllegalArgumentException("Seventeen digits expected");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** 18 characters, a real date of birth and the right check character. */
	public static boolean isValid(String id) {
		if (id.length() != 18) {
			return false;
		}
		String first17 = id.substring(0, 17);
		if (!first17.chars().allMatch(Character::isDigit)) {
			return false;
		}
		try {
			LocalDate.parse(id.substring(6, 14), BIRTH);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
		return Character.toUpperCase(id.charAt(17)) == checkCharacter(first17);
	}

	/** The first four and last four characters, the rest starred: 3301**********1234. */
	public static String masked(String id) {
		if (id.length() <= 8) {
			return "*".repeat(id.length());
		}
		return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
	}

}
