package org.isoko.network;

import java.time.LocalDate;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;

/**
 * A country hub: the place where a country's sellers, buyers, customs and logistics meet
 * the network.
 */
public record Hub(HubCode code, String name, String city, CountryCode country, LocalDate validFrom,
		@Nullable LocalDate validTo, String source, @Nullable String sourceUrl, Changed changed) implements Sourced {
}
