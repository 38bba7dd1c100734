package org.isoko.network;

import java.time.LocalDate;
import java.util.Set;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;

/**
 * A trade lane from one hub to another: how goods travel (modes), how long they typically
 * take and which customs regimes they may be imported under at the destination.
 */
public record Corridor(CorridorId id, HubCode origin, CountryCode originCountry, HubCode destination,
		CountryCode destinationCountry, Set<TransportMode> modes, Set<CustomsRegime> regimes, int typicalTransitDays,
		LocalDate validFrom, @Nullable LocalDate validTo, String source, @Nullable String sourceUrl,
		Changed changed) implements Sourced {

	public Corridor {
		modes = Set.copyOf(modes);
		regimes = Set.copyOf(regimes);
	}

	public boolean allows(CustomsRegime regime) {
		return regimes.contains(regime);
	}

	public boolean touches(HubCode hub) {
		return origin.equals(hub) || destination.equals(hub);
	}
}
