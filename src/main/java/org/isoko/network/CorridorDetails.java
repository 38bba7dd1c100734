package org.isoko.network;

import java.time.LocalDate;
import java.util.Set;

import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What a hub operator states about a corridor; always valid once constructed. Both hubs
 * must exist (checked when it is saved).
 */
public record CorridorDetails(HubCode origin, HubCode destination, Set<TransportMode> modes, Set<CustomsRegime> regimes,
		int typicalTransitDays, LocalDate validFrom, @Nullable LocalDate validTo, String source,
		@Nullable String sourceUrl) {

	public static final int MIN_TRANSIT_DAYS = 1;

	public static final int MAX_TRANSIT_DAYS = 120;

	public CorridorDetails {
		Checks.required(origin, "origin");
		Checks.required(destination, "destination");
		if (origin.equals(destination)) {
			throw new InvalidInput("destination", "destination must differ from origin (" + origin + ")");
		}
		modes = Set.copyOf(Checks.required(modes, "modes"));
		if (modes.isEmpty()) {
			throw new InvalidInput("modes", "modes needs at least one transport mode");
		}
		regimes = Set.copyOf(Checks.required(regimes, "regimes"));
		if (regimes.isEmpty()) {
			throw new InvalidInput("regimes", "regimes needs at least one customs regime");
		}
		if (typicalTransitDays < MIN_TRANSIT_DAYS || typicalTransitDays > MAX_TRANSIT_DAYS) {
			throw new InvalidInput("typicalTransitDays", "typicalTransitDays must be between " + MIN_TRANSIT_DAYS
					+ " and " + MAX_TRANSIT_DAYS + ", got " + typicalTransitDays);
		}
		Checks.required(validFrom, "validFrom");
		Checks.period(validFrom, validTo);
		source = Checks.text(source, "source", 300);
		sourceUrl = Checks.url(sourceUrl, "sourceUrl");
	}
}
