package org.isoko.trade.tariff;

import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Checks of required texts, naming the field. */
final class Texts {

	private Texts() {
	}

	static String require(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, field + " is required");
		}
		if (value.length() > max) {
			throw new InvalidInput(field, field + " may have at most " + max + " characters");
		}
		return value;
	}

}
