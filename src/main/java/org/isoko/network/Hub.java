package org.isoko.network;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;

/**
 * A country hub: the place where a country's sellers, buyers, customs and logistics meet
 * the network.
 *
 * @param name the English name
 * @param names names in other languages, by language code ("fr", "rw", "zh"); may be
 * empty
 */
public record Hub(HubCode code, String name, Map<String, String> names, String city, CountryCode country,
		LocalDate validFrom, @Nullable LocalDate validTo, String source, @Nullable String sourceUrl,
		Changed changed) implements Sourced {

	public Hub {
		names = Map.copyOf(names);
	}

	/**
	 * The stored name in the locale's language, else the English name (a hub's name is
	 * the operator's to give; there is no JDK name to fall back on as for countries).
	 */
	public String name(Locale locale) {
		return names.getOrDefault(locale.getLanguage(), name);
	}
}
