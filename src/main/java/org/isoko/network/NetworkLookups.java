package org.isoko.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers other modules' questions about the network from the database (the data is
 * small); countries and corridors looked up by key, and the list of countries, through
 * {@link RememberedNetwork} (a few seconds, forgotten on every change).
 */
@Service
@Transactional(readOnly = true)
class NetworkLookups implements Network {

	/** Reference data is small; a generous cap keeps an accidental full scan bounded. */
	private static final int ALL = 10_000;

	/** The key under which {@link #countries()} is remembered. */
	private static final String ALL_COUNTRIES = "all countries";

	private final NetworkStore store;

	private final RememberedNetwork remembered;

	NetworkLookups(NetworkStore store, RememberedNetwork remembered) {
		this.store = store;
		this.remembered = remembered;
	}

	@Override
	public Optional<Country> country(CountryCode code) {
		return remembered.find(code, () -> store.country(code));
	}

	@Override
	public List<Country> countries() {
		return remembered.find(ALL_COUNTRIES, () -> Optional.of(store.countries(0, ALL))).orElseThrow();
	}

	@Override
	public Optional<Hub> hub(HubCode code) {
		return store.hub(code);
	}

	@Override
	public List<Hub> hubs() {
		return store.hubs(null, 0, ALL);
	}

	@Override
	public List<Hub> hubsIn(CountryCode country) {
		return store.hubs(country, 0, ALL);
	}

	@Override
	public Optional<Corridor> corridor(CorridorId id) {
		return remembered.find(id, () -> store.corridor(id));
	}

	@Override
	public Optional<Corridor> corridor(HubCode origin, HubCode destination) {
		return store.corridors(new CorridorFilter(origin, destination, null, null, null), 0, 1).stream().findFirst();
	}

	@Override
	public List<Corridor> corridors() {
		return store.corridors(CorridorFilter.ALL, 0, ALL);
	}

	@Override
	public List<Corridor> corridorsFrom(HubCode origin) {
		return store.corridors(new CorridorFilter(origin, null, null, null, null), 0, ALL);
	}

	@Override
	public List<Corridor> corridorsTo(HubCode destination) {
		return store.corridors(new CorridorFilter(null, destination, null, null, null), 0, ALL);
	}

	@Override
	public List<Corridor> corridorsBetween(CountryCode origin, CountryCode destination) {
		return new ArrayList<>(store.corridors(new CorridorFilter(null, null, origin, destination, null), 0, ALL));
	}

	@Override
	public List<TradeBloc> blocs() {
		return store.blocs();
	}

}
