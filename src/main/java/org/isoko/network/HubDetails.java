package org.isoko.network;

import java.time.LocalDate;
import java.util.Map;

import org.isoko.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * What a hub operator states about a hub; always valid once constructed. The country must
 * be in the network.
 *
 * @param name the English name
 * @param names names in other languages, by language code ("fr", "rw", "zh"); may be
 * empty
 */
public record HubDetails(String name, Map<String, String> names, String city, CountryCode country, LocalDate validFrom,
		@Nullable LocalDate validTo, String source, @Nullable String sourceUrl) {

	public HubDetails {
		name = Checks.text(name, "name", 120);
		names = Checks.names(names, "names");
		city = Checks.text(city, "city", 120);
		Checks.required(country, "country");
		Checks.required(validFrom, "validFrom");
		Checks.period(validFrom, validTo);
		source = Checks.text(source, "source", 300);
		sourceUrl = Checks.url(sourceUrl, "sourceUrl");
	}
}
