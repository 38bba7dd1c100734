package org.isoko.network.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.isoko.network.BlocCode;
import org.isoko.network.CorridorDetails;
import org.isoko.network.CountryDetails;
import org.isoko.network.CustomsRegime;
import org.isoko.network.FxRateDetails;
import org.isoko.network.HubDetails;
import org.isoko.network.TransportMode;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Request bodies of the network API. Bean validation reports every missing field at once;
 * the domain records they turn into check the rest (ranges, dates, consistency), naming
 * the field.
 */
final class ApiRequests {

	private ApiRequests() {
	}

	/**
	 * {@code code} is needed when creating; on PUT it may be left out and must otherwise
	 * match the path.
	 */
	record CountryRequest(@Nullable CountryCode code, @NotBlank @Size(max = 120) String name,
			@Nullable Map<String, String> names, @NotNull CurrencyCode currency, @NotNull Boolean leastDeveloped,
			@Nullable List<BlocCode> blocs, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
			@NotBlank @Size(max = 300) String source, @Nullable String sourceUrl) {

		CountryDetails details() {
			return new CountryDetails(name, names == null ? Map.of() : names, currency, leastDeveloped,
					blocs == null ? Set.of() : Set.copyOf(blocs), validFrom == null ? LocalDate.now() : validFrom,
					validTo, source, sourceUrl);
		}
	}

	record HubRequest(@Nullable HubCode code, @NotBlank @Size(max = 120) String name,
			@Nullable Map<String, String> names, @NotBlank @Size(max = 120) String city, @NotNull CountryCode country,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @NotBlank @Size(max = 300) String source,
			@Nullable String sourceUrl) {

		HubDetails details() {
			return new HubDetails(name, names == null ? Map.of() : names, city, country,
					validFrom == null ? LocalDate.now() : validFrom, validTo, source, sourceUrl);
		}
	}

	record CorridorRequest(@NotNull HubCode origin, @NotNull HubCode destination, @NotEmpty Set<TransportMode> modes,
			@NotEmpty Set<CustomsRegime> regimes, @NotNull Integer typicalTransitDays, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo, @NotBlank @Size(max = 300) String source, @Nullable String sourceUrl) {

		CorridorDetails details() {
			return new CorridorDetails(origin, destination, modes, regimes, typicalTransitDays,
					validFrom == null ? LocalDate.now() : validFrom, validTo, source, sourceUrl);
		}
	}

	record FxRateRequest(@NotNull CurrencyCode base, @NotNull CurrencyCode quote, @NotNull BigDecimal rate,
			@NotNull LocalDate effectiveDate, @NotBlank @Size(max = 300) String source, @Nullable String sourceUrl) {

		FxRateDetails details() {
			return new FxRateDetails(base, quote, rate, effectiveDate, source, sourceUrl);
		}
	}

	static <T> T matchingPath(@Nullable T inBody, T inPath, String field) {
		if (inBody != null && !inBody.equals(inPath)) {
			throw new InvalidInput(field,
					field + " in the body (" + inBody + ") differs from the path (" + inPath + ")");
		}
		return inPath;
	}

}
