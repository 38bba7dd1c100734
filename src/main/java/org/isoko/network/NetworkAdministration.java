package org.isoko.network;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How hub operators change the network, for the module's own API and pages: every change
 * is checked (the data, and who may change it), saved with who and when, and written to
 * the change log, in one transaction. Nothing is changed when a check fails.
 * <p>
 * Any hub operator may edit countries and FX rates and add hubs; a hub may be changed
 * only by its own operator, and a corridor only by an operator of a hub at either end
 * (admins may do everything).
 */
@Service
public class NetworkAdministration {

	private final NetworkStore store;

	private final RememberedRates rates;

	private final Clock clock;

	NetworkAdministration(NetworkStore store, RememberedRates rates) {
		this.store = store;
		this.rates = rates;
		this.clock = Clock.systemUTC();
	}

	// ---- reading, paginated

	@Transactional(readOnly = true)
	public PageOf<Country> countries(PageRequest page) {
		return PageOf.of(store.countries(page.offset(), page.size()), page, store.countCountries());
	}

	@Transactional(readOnly = true)
	public PageOf<Hub> hubs(@Nullable CountryCode country, PageRequest page) {
		return PageOf.of(store.hubs(country, page.offset(), page.size()), page, store.countHubs(country));
	}

	@Transactional(readOnly = true)
	public PageOf<Corridor> corridors(CorridorFilter filter, PageRequest page) {
		return PageOf.of(store.corridors(filter, page.offset(), page.size()), page, store.countCorridors(filter));
	}

	/**
	 * Stored rates, newest first per pair; with {@code latestOnly} just the rate in force
	 * today for each pair.
	 */
	@Transactional(readOnly = true)
	public PageOf<FxRate> fxRates(@Nullable CurrencyCode base, @Nullable CurrencyCode quote, boolean latestOnly,
			PageRequest page) {
		return PageOf.of(store.fxRates(base, quote, latestOnly, page.offset(), page.size()), page,
				store.countFxRates(base, quote, latestOnly));
	}

	public FxRate fxRate(UUID id) {
		return store.fxRate(id).orElseThrow(() -> NotFound.of("FX rate", id));
	}

	public List<NetworkChange> history(String entity, String key) {
		return store.changes(entity, key);
	}

	// ---- countries

	@Transactional
	public Country addCountry(CountryCode code, CountryDetails details, CurrentUser user) {
		requireOperator(user);
		if (store.country(code).isPresent()) {
			throw new Conflict(
					"Country " + code + " is already in the network; change it with PUT /api/v1/countries/" + code);
		}
		requireKnownBlocs(details.blocs());
		OffsetDateTime now = now();
		insert(() -> store.insertCountry(code, details, user.email(), now),
				"Country " + code + " is already in the network");
		details.blocs()
			.forEach(bloc -> store.joinBloc(code, bloc, details.validFrom(), details.source(), user.email(), now));
		store.recordChange("country", code.value(), "created", user.email(), now, details.toString());
		return store.country(code).orElseThrow();
	}

	@Transactional
	public Country updateCountry(CountryCode code, CountryDetails details, CurrentUser user) {
		requireOperator(user);
		Country current = store.country(code).orElseThrow(() -> NotFound.of("Country", code));
		requireKnownBlocs(details.blocs());
		OffsetDateTime now = now();
		store.updateCountry(code, details, user.email(), now);
		LocalDate today = LocalDate.now(clock);
		Set<BlocCode> open = store.blocsOf(code, today);
		for (BlocCode bloc : current.blocs()) {
			if (!details.blocs().contains(bloc)) {
				store.leaveBloc(code, bloc, today);
			}
		}
		for (BlocCode bloc : details.blocs()) {
			if (!open.contains(bloc)) {
				store.joinBloc(code, bloc, today, details.source(), user.email(), now);
			}
		}
		store.recordChange("country", code.value(), "updated", user.email(), now, details.toString());
		return store.country(code).orElseThrow();
	}

	// ---- hubs

	@Transactional
	public Hub addHub(HubCode code, HubDetails details, CurrentUser user) {
		requireOperator(user);
		if (store.hub(code).isPresent()) {
			throw new Conflict("Hub " + code + " already exists");
		}
		requireCountry(details.country());
		OffsetDateTime now = now();
		insert(() -> store.insertHub(code, details, user.email(), now), "Hub " + code + " already exists");
		store.recordChange("hub", code.value(), "created", user.email(), now, details.toString());
		return store.hub(code).orElseThrow();
	}

	@Transactional
	public Hub updateHub(HubCode code, HubDetails details, CurrentUser user) {
		requireOperator(user);
		store.hub(code).orElseThrow(() -> NotFound.of("Hub", code));
		if (!user.operates(code)) {
			throw new AccessDeniedException("Only the operators of hub " + code + " (or an admin) may change it");
		}
		requireCountry(details.country());
		OffsetDateTime now = now();
		store.updateHub(code, details, user.email(), now);
		store.recordChange("hub", code.value(), "updated", user.email(), now, details.toString());
		return store.hub(code).orElseThrow();
	}

	// ---- corridors

	@Transactional
	public Corridor addCorridor(CorridorDetails details, CurrentUser user) {
		requireOperator(user);
		requireHubs(details);
		requireOperatesEnd(details, user);
		requireNoOtherCorridor(details, null);
		CorridorId id = CorridorId.random();
		OffsetDateTime now = now();
		insert(() -> store.insertCorridor(id, details, user.email(), now), duplicateCorridor(details));
		store.recordChange("corridor", id.toString(), "created", user.email(), now, details.toString());
		return store.corridor(id).orElseThrow();
	}

	@Transactional
	public Corridor updateCorridor(CorridorId id, CorridorDetails details, CurrentUser user) {
		requireOperator(user);
		Corridor current = store.corridor(id).orElseThrow(() -> NotFound.of("Corridor", id));
		if (!user.operates(current.origin()) && !user.operates(current.destination())) {
			throw new AccessDeniedException("Only operators of " + current.origin() + " or " + current.destination()
					+ " (or an admin) may change this corridor");
		}
		requireHubs(details);
		requireOperatesEnd(details, user);
		requireNoOtherCorridor(details, id);
		OffsetDateTime now = now();
		insert(() -> store.updateCorridor(id, details, user.email(), now), duplicateCorridor(details));
		store.recordChange("corridor", id.toString(), "updated", user.email(), now, details.toString());
		return store.corridor(id).orElseThrow();
	}

	// ---- FX rates

	@Transactional
	public FxRate addFxRate(FxRateDetails details, CurrentUser user) {
		requireOperator(user);
		requireNoOtherRate(details, null);
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		insert(() -> store.insertFxRate(id, details, user.email(), now), duplicateRate(details));
		rates.forget();
		store.recordChange("fx-rate", id.toString(), "created", user.email(), now, details.toString());
		return store.fxRate(id).orElseThrow();
	}

	@Transactional
	public FxRate updateFxRate(UUID id, FxRateDetails details, CurrentUser user) {
		requireOperator(user);
		store.fxRate(id).orElseThrow(() -> NotFound.of("FX rate", id));
		requireNoOtherRate(details, id);
		OffsetDateTime now = now();
		insert(() -> store.updateFxRate(id, details, user.email(), now), duplicateRate(details));
		rates.forget();
		store.recordChange("fx-rate", id.toString(), "updated", user.email(), now, details.toString());
		return store.fxRate(id).orElseThrow();
	}

	// ---- checks

	private static void requireOperator(CurrentUser user) {
		if (!user.isAdmin() && !user.has(Role.HUB_OPERATOR)) {
			throw new AccessDeniedException("Only hub operators and admins may change the hub network");
		}
	}

	private void requireKnownBlocs(Set<BlocCode> blocs) {
		Set<BlocCode> known = store.blocs().stream().map(TradeBloc::code).collect(Collectors.toSet());
		Set<BlocCode> unknown = new HashSet<>(blocs);
		unknown.removeAll(known);
		if (!unknown.isEmpty()) {
			throw new InvalidInput("blocs",
					"Unknown trade bloc(s) " + unknown.stream().map(BlocCode::value).sorted().toList()
							+ "; known blocs are " + known.stream().map(BlocCode::value).sorted().toList());
		}
	}

	private void requireCountry(CountryCode country) {
		if (store.country(country).isEmpty()) {
			throw new InvalidInput("country", "Country " + country + " is not in the network yet; add it first");
		}
	}

	private void requireHubs(CorridorDetails details) {
		if (store.hub(details.origin()).isEmpty()) {
			throw new InvalidInput("origin", "Hub " + details.origin() + " does not exist");
		}
		if (store.hub(details.destination()).isEmpty()) {
			throw new InvalidInput("destination", "Hub " + details.destination() + " does not exist");
		}
	}

	private static void requireOperatesEnd(CorridorDetails details, CurrentUser user) {
		if (!user.operates(details.origin()) && !user.operates(details.destination())) {
			throw new AccessDeniedException(
					"Hub operators may only manage corridors that start or end at their own hub (" + user.hub() + ")");
		}
	}

	private void requireNoOtherCorridor(CorridorDetails details, @Nullable CorridorId self) {
		store.corridors(new CorridorFilter(details.origin(), details.destination(), null, null, null), 0, 1)
			.stream()
			.filter(existing -> !existing.id().equals(self))
			.findAny()
			.ifPresent(existing -> {
				throw new Conflict(duplicateCorridor(details) + " (id " + existing.id() + ")");
			});
	}

	private void requireNoOtherRate(FxRateDetails details, @Nullable UUID self) {
		if (store.fxRateExists(details.base(), details.quote(), details.effectiveDate(), self)) {
			throw new Conflict(duplicateRate(details));
		}
	}

	private static String duplicateCorridor(CorridorDetails details) {
		return "A corridor " + details.origin() + " → " + details.destination() + " already exists";
	}

	private static String duplicateRate(FxRateDetails details) {
		return "A " + details.base() + "/" + details.quote() + " rate effective " + details.effectiveDate()
				+ " already exists";
	}

	/**
	 * A concurrent insert of the same key loses at the unique constraint; it is still a
	 * conflict, not a 500.
	 */
	private static void insert(Runnable statement, String conflictMessage) {
		try {
			statement.run();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict(conflictMessage);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
