package org.isoko.shared;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An ISO 3166-1 alpha-2 country code (e.g. RW, CN, KE). Only officially assigned codes
 * are accepted, so a typo such as "RX" is rejected at the edge instead of becoming a
 * country nobody trades with.
 */
public record CountryCode(String value) {

	private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	public CountryCode {
		if (value == null || !ASSIGNED.contains(value)) {
			throw new IllegalArgumentException("Unknown ISO 3166-1 alpha-2 country code '" + value + "'");
		}
	}

	@JsonCreator
	public static CountryCode of(String value) {
		return new CountryCode(value == null ? null : value.trim().toUpperCase(Locale.ROOT));
	}

	/**
	 * The country's English name as the JDK knows it; the network module holds the names
	 * users see.
	 */
	public String displayName(Locale locale) {
		return new Locale.Builder().setRegion(value).build().getDisplayCountry(locale);
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
