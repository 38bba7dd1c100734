package org.isoko.network;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.jspecify.annotations.Nullable;

/**
 * A country of the network, with its currency, whether the UN counts it as a
 * least-developed country (which opens preferential tariffs such as China's zero tariff
 * for LDCs) and the trade blocs it currently belongs to.
 *
 * @param name the English name
 * @param names names in other languages, by language code ("fr", "rw", "zh"); may be
 * empty
 */
public record Country(CountryCode code, String name, Map<String, String> names, CurrencyCode currency,
		boolean leastDeveloped, Set<BlocCode> blocs, LocalDate validFrom, @Nullable LocalDate validTo, String source,
		@Nullable String sourceUrl, Changed changed) implements Sourced {

	public Country {
		names = Map.copyOf(names);
		blocs = Set.copyOf(blocs);
	}

	public boolean belongsTo(BlocCode bloc) {
		return blocs.contains(bloc);
	}

	/**
	 * The stored name in the locale's language, else English for English, else the JDK's
	 * name for the code.
	 */
	public String name(Locale locale) {
		String stored = names.get(locale.getLanguage());
		if (stored != null) {
			return stored;
		}
		if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
			return name;
		}
		String jdk = code.displayName(locale);
		return jdk.isBlank() || jdk.equals(code.value()) ? name : jdk;
	}
}
