package org.isoko.network;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The checks every kind of reference data shares; each failure names the field it is
 * about.
 */
final class Checks {

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private Checks() {
	}

	/**
	 * Names in other languages keyed by a lower-case language code; blank names are
	 * dropped (a form leaves a language empty when nobody has translated it yet).
	 */
	static Map<String, String> names(@Nullable Map<String, String> names, String field) {
		Map<String, String> cleaned = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : required(names, field).entrySet()) {
			if (entry.getKey() == null || !LANGUAGE.matcher(entry.getKey()).matches()) {
				throw new InvalidInput(field,
						field + " must be keyed by a lower-case language code such as fr, rw or zh, got '"
								+ entry.getKey() + "'");
			}
			if (entry.getValue() != null && !entry.getValue().isBlank()) {
				cleaned.put(entry.getKey(), text(entry.getValue(), field + "." + entry.getKey(), 120));
			}
		}
		return Map.copyOf(cleaned);
	}

	static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new InvalidInput(field, field + " is required");
		}
		return value;
	}

	static String text(@Nullable String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, field + " is required");
		}
		String trimmed = value.trim();
		if (trimmed.length() > maxLength) {
			throw new InvalidInput(field, field + " must be at most " + maxLength + " characters");
		}
		return trimmed;
	}

	static @Nullable String url(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			URI uri = new URI(trimmed);
			if (trimmed.length() > 500 || uri.getHost() == null
					|| !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
				throw new InvalidInput(field, field + " must be an http(s) address of at most 500 characters");
			}
			return trimmed;
		}
		catch (URISyntaxException e) {
			throw new InvalidInput(field, field + " must be an http(s) address of at most 500 characters");
		}
	}

	static void period(LocalDate validFrom, @Nullable LocalDate validTo) {
		if (validTo != null && !validTo.isAfter(validFrom)) {
			throw new InvalidInput("validTo", "validTo (" + validTo + ") must be after validFrom (" + validFrom + ")");
		}
	}

}
