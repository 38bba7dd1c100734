package org.isoko.network;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.NotFound;

/**
 * The hub network as other modules read it: countries (currency, LDC status, blocs), hubs
 * and corridors. Lookups return what is stored whatever its validity period; use
 * {@link Sourced#isValidOn} where the day matters.
 */
public interface Network {

	Optional<Country> country(CountryCode code);

	/**
	 * @throws NotFound when the country is not part of the network
	 */
	default Country requireCountry(CountryCode code) {
		return country(code).orElseThrow(() -> NotFound.of("Country", code));
	}

	List<Country> countries();

	Optional<Hub> hub(HubCode code);

	/**
	 * @throws NotFound when there is no such hub
	 */
	default Hub requireHub(HubCode code) {
		return hub(code).orElseThrow(() -> NotFound.of("Hub", code));
	}

	List<Hub> hubs();

	/**
	 * The time zone people at the hub live in (pages show their times in it); UTC for an
	 * unknown hub.
	 */
	default ZoneId timeZone(HubCode code) {
		return hub(code).map(hub -> HubTimeZones.of(hub.country())).orElse(ZoneOffset.UTC);
	}

	List<Hub> hubsIn(CountryCode country);

	Optional<Corridor> corridor(CorridorId id);

	/**
	 * @throws NotFound when there is no such corridor
	 */
	default Corridor requireCorridor(CorridorId id) {
		return corridor(id).orElseThrow(() -> NotFound.of("Corridor", id));
	}

	Optional<Corridor> corridor(HubCode origin, HubCode destination);

	List<Corridor> corridors();

	List<Corridor> corridorsFrom(HubCode origin);

	List<Corridor> corridorsTo(HubCode destination);

	/** Corridors from any hub in {@code origin} to any hub in {@code destination}. */
	List<Corridor> corridorsBetween(CountryCode origin, CountryCode destination);

	List<TradeBloc> blocs();

}
