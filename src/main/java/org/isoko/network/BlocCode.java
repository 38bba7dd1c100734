package org.isoko.network;

import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The code of a trade bloc, e.g. EAC or AFCFTA. Which blocs exist is data (table
 * network_bloc).
 */
public record BlocCode(String value) {

	private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

	public BlocCode {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"Bloc code must be 2 to 16 upper-case letters or digits, got '" + value + "'");
		}
	}

	@JsonCreator
	public static BlocCode of(String value) {
		return new BlocCode(value == null ? null : value.trim().toUpperCase(Locale.ROOT));
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
