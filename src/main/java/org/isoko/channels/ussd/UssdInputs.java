package org.isoko.channels.ussd;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** Parsing what a caller typed on the keypad. */
final class UssdInputs {

	private UssdInputs() {
	}

	/** The 0-based index of a menu choice 1..options, or -1. */
	static int choice(String input, int options) {
		if (input.length() != 1 || !Character.isDigit(input.charAt(0))) {
			return -1;
		}
		int choice = input.charAt(0) - '1';
		return choice >= 0 && choice < options ? choice : -1;
	}

	/** A whole number of at most 9 digits, or null. */
	static @Nullable Integer whole(String input) {
		return input.matches("[0-9]{1,9}") ? Integer.valueOf(input) : null;
	}

	/** An amount typed with a dot or a comma (keypads differ), or null. */
	static @Nullable BigDecimal amount(String input) {
		String normalized = input.replace(',', '.');
		return normalized.matches("[0-9]{1,12}(\\.[0-9]{1,4})?") ? new BigDecimal(normalized) : null;
	}

}
