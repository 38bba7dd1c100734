package org.isoko.network;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.isoko.shared.CurrencyCode;
import org.jspecify.annotations.Nullable;

/**
 * What a hub operator states about a country when adding or changing it; always valid
 * once constructed (each failure names its field).
 */
public record CountryDetails(String name, Map<String, String> names, CurrencyCode currency, boolean leastDeveloped,
		Set<BlocCode> blocs, LocalDate validFrom, @Nullable LocalDate validTo, String source,
		@Nullable String sourceUrl) {

	public CountryDetails {
		name = Checks.text(name, "name", 120);
		names = Checks.names(names, "names");
		Checks.required(currency, "currency");
		blocs = Set.copyOf(Checks.required(blocs, "blocs"));
		Checks.required(validFrom, "validFrom");
		Checks.period(validFrom, validTo);
		source = Checks.text(source, "source", 300);
		sourceUrl = Checks.url(sourceUrl, "sourceUrl");
	}
}
