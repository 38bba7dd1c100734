package org.isoko.shared;

import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The short code of a country hub, e.g. KGL (Kigali), HGH (Hangzhou), NBO (Nairobi).
 * Modules refer to hubs by this code only; the network module owns everything else about
 * a hub.
 */
public record HubCode(String value) {

	private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]{2,7}");

	public HubCode {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"Hub code must be 3 to 8 upper-case letters or digits starting with a letter, got '" + value + "'");
		}
	}

	@JsonCreator
	public static HubCode of(String value) {
		return new HubCode(value == null ? null : value.trim().toUpperCase(Locale.ROOT));
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
