package org.isoko.network;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What a hub operator states about a country when adding or changing it; always valid
 * once constructed (each failure names its field).
 */
public record CountryDetails(String name, Map<String, String> names, CurrencyCode currency, boolean leastDeveloped,
		Set<BlocCode> blocs, LocalDate validFrom, @Nullable LocalDate validTo, String source,
		@Nullable String sourceUrl) {

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	public CountryDetails {
		name = Checks.text(name, "name", 120);
		Map<String, String> cleaned = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : Checks.required(names, "names").entrySet()) {
			if (entry.getKey() == null || !LANGUAGE.matcher(entry.getKey()).matches()) {
				throw new InvalidInput("names",
						"names must be keyed by a lower-case language code such as fr, rw or zh, got '" + entry.getKey()
								+ "'");
			}
			if (entry.getValue() != null && !entry.getValue().isBlank()) {
				cleaned.put(entry.getKey(), Checks.text(entry.getValue(), "names." + entry.getKey(), 120));
			}
		}
		names = Map.copyOf(cleaned);
		Checks.required(currency, "currency");
		blocs = Set.copyOf(Checks.required(blocs, "blocs"));
		Checks.required(validFrom, "validFrom");
		Checks.period(validFrom, validTo);
		source = Checks.text(source, "source", 300);
		sourceUrl = Checks.url(sourceUrl, "sourceUrl");
	}
}
