package org.isoko.network;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All SQL of the network module, with JdbcClient. Child rows (names, blocs, modes,
 * regimes) are loaded in one query per page, not one per row.
 */
@Repository
class NetworkStore {

	private final JdbcClient jdbc;

	private final RememberedNetwork remembered;

	NetworkStore(JdbcClient jdbc, RememberedNetwork remembered) {
		this.jdbc = jdbc;
		this.remembered = remembered;
	}

	// ---- blocs

	List<TradeBloc> blocs() {
		return jdbc.sql("SELECT * FROM network_bloc ORDER BY code")
			.query((rs, n) -> new TradeBloc(BlocCode.of(rs.getString("code")), rs.getString("name"),
					date(rs, "valid_from"), date(rs, "valid_to"), rs.getString("source"), rs.getString("source_url")))
			.list();
	}

	/** An insert or update of reference data: its columns, and who changed it when. */
	private void write(String sql, Map<String, @Nullable Object> columns, String actor, OffsetDateTime now) {
		jdbc.sql(sql).params(columns).param("now", now).param("actor", actor).update();
	}

	void insertBloc(TradeBloc bloc, String actor, OffsetDateTime now) {
		remembered.forget();
		jdbc.sql("""
				INSERT INTO network_bloc (code, name, valid_from, valid_to, source, source_url, created_at, created_by)
				VALUES (:code, :name, :from, :to, :source, :url, :now, :actor)""")
			.param("code", bloc.code().value())
			.param("name", bloc.name())
			.param("from", bloc.validFrom())
			.param("to", bloc.validTo())
			.param("source", bloc.source())
			.param("url", bloc.sourceUrl())
			.param("now", now)
			.param("actor", actor)
			.update();
	}

	// ---- countries

	Optional<Country> country(CountryCode code) {
		return withChildren(jdbc.sql("SELECT * FROM network_country WHERE code = :code")
			.param("code", code.value())
			.query(this::countryRow)
			.list()).stream().findFirst();
	}

	List<Country> countries(long offset, int limit) {
		return withChildren(jdbc.sql("SELECT * FROM network_country ORDER BY code LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(this::countryRow)
			.list());
	}

	long countCountries() {
		return jdbc.sql("SELECT COUNT(*) FROM network_country").query(Long.class).single();
	}

	void insertCountry(CountryCode code, CountryDetails d, String actor, OffsetDateTime now) {
		remembered.forget();
		write("""
				INSERT INTO network_country (code, name, currency, least_developed, valid_from, valid_to, source, source_url,
				  created_at, created_by, updated_at, updated_by)
				VALUES (:code, :name, :currency, :ldc, :from, :to, :source, :url, :now, :actor, :now, :actor)""",
				columns(code, d), actor, now);
		replaceNames(code, d.names());
	}

	void updateCountry(CountryCode code, CountryDetails d, String actor, OffsetDateTime now) {
		remembered.forget();
		write("""
				UPDATE network_country SET name = :name, currency = :currency, least_developed = :ldc, valid_from = :from,
				  valid_to = :to, source = :source, source_url = :url, updated_at = :now, updated_by = :actor
				WHERE code = :code""",
				columns(code, d), actor, now);
		replaceNames(code, d.names());
	}

	private static Map<String, @Nullable Object> columns(CountryCode code, CountryDetails d) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("code", code.value());
		columns.put("name", d.name());
		columns.put("currency", d.currency().value());
		columns.put("ldc", d.leastDeveloped());
		columns.put("from", d.validFrom());
		columns.put("to", d.validTo());
		columns.put("source", d.source());
		columns.put("url", d.sourceUrl());
		return columns;
	}

	private void replaceNames(CountryCode code, Map<String, String> names) {
		replaceNames("network_country_name", "country_code", code.value(), names);
	}

	private void replaceHubNames(HubCode code, Map<String, String> names) {
		replaceNames("network_hub_name", "hub_code", code.value(), names);
	}

	/**
	 * Names in other languages live in a child table per kind of row, keyed by its code.
	 */
	private void replaceNames(String table, String codeColumn, String code, Map<String, String> names) {
		remembered.forget();
		jdbc.sql("DELETE FROM " + table + " WHERE " + codeColumn + " = :code").param("code", code).update();
		names.forEach((lang, name) -> jdbc
			.sql("INSERT INTO " + table + " (" + codeColumn + ", lang, name) VALUES (:code, :lang, :name)")
			.param("code", code)
			.param("lang", lang)
			.param("name", name)
			.update());
	}

	/** Memberships open on {@code day}. */
	Set<BlocCode> blocsOf(CountryCode code, LocalDate day) {
		return new HashSet<>(jdbc.sql("""
				SELECT bloc_code FROM network_country_bloc
				WHERE country_code = :code AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)""")
			.param("code", code.value())
			.param("day", day)
			.query((rs, n) -> BlocCode.of(rs.getString(1)))
			.list());
	}

	void joinBloc(CountryCode code, BlocCode bloc, LocalDate from, String source, String actor, OffsetDateTime now) {
		remembered.forget();
		int reopened = jdbc.sql("""
				UPDATE network_country_bloc SET valid_to = NULL
				WHERE country_code = :code AND bloc_code = :bloc AND valid_from = :from""")
			.param("code", code.value())
			.param("bloc", bloc.value())
			.param("from", from)
			.update();
		if (reopened == 0) {
			jdbc.sql(
					"""
							INSERT INTO network_country_bloc (country_code, bloc_code, valid_from, valid_to, source, created_at, created_by)
							VALUES (:code, :bloc, :from, NULL, :source, :now, :actor)""")
				.param("code", code.value())
				.param("bloc", bloc.value())
				.param("from", from)
				.param("source", source)
				.param("now", now)
				.param("actor", actor)
				.update();
		}
	}

	/**
	 * Closes the open memberships of the country in the bloc on {@code day} (history
	 * stays).
	 */
	void leaveBloc(CountryCode code, BlocCode bloc, LocalDate day) {
		remembered.forget();
		jdbc.sql("""
				UPDATE network_country_bloc SET valid_to = CASE WHEN valid_from > :day THEN valid_from ELSE :day END
				WHERE country_code = :code AND bloc_code = :bloc AND (valid_to IS NULL OR valid_to > :day)""")
			.param("code", code.value())
			.param("bloc", bloc.value())
			.param("day", day)
			.update();
	}

	private Country countryRow(ResultSet rs, int n) throws SQLException {
		return new Country(CountryCode.of(rs.getString("code")), rs.getString("name"), Map.of(),
				CurrencyCode.of(rs.getString("currency")), rs.getBoolean("least_developed"), Set.of(),
				date(rs, "valid_from"), date(rs, "valid_to"), rs.getString("source"), rs.getString("source_url"),
				changed(rs));
	}

	private List<Country> withChildren(List<Country> countries) {
		if (countries.isEmpty()) {
			return countries;
		}
		List<String> codes = countries.stream().map(c -> c.code().value()).toList();
		Map<String, Map<String, String>> names = new HashMap<>();
		jdbc.sql("SELECT country_code, lang, name FROM network_country_name WHERE country_code IN (:codes)")
			.param("codes", codes)
			.query(rs -> {
				names.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
			});
		Map<String, Set<BlocCode>> blocs = new HashMap<>();
		LocalDate today = LocalDate.now();
		jdbc.sql("""
				SELECT country_code, bloc_code FROM network_country_bloc
				WHERE country_code IN (:codes) AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)""")
			.param("codes", codes)
			.param("day", today)
			.query(rs -> {
				blocs.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(BlocCode.of(rs.getString(2)));
			});
		return countries.stream()
			.map(c -> new Country(c.code(), c.name(), names.getOrDefault(c.code().value(), Map.of()), c.currency(),
					c.leastDeveloped(), blocs.getOrDefault(c.code().value(), Set.of()), c.validFrom(), c.validTo(),
					c.source(), c.sourceUrl(), c.changed()))
			.toList();
	}

	// ---- hubs

	Optional<Hub> hub(HubCode code) {
		return jdbc.sql("SELECT * FROM network_hub WHERE code = :code")
			.param("code", code.value())
			.query(this::hubRow)
			.optional()
			.map(hub -> withNames(List.of(hub)).get(0));
	}

	List<Hub> hubs(@Nullable CountryCode country, long offset, int limit) {
		List<Hub> hubs = jdbc.sql(
				"SELECT * FROM network_hub WHERE (CAST(:country AS VARCHAR) IS NULL OR country_code = :country) ORDER BY code LIMIT :limit OFFSET :offset")
			.param("country", country == null ? null : country.value())
			.param("limit", limit)
			.param("offset", offset)
			.query(this::hubRow)
			.list();
		return withNames(hubs);
	}

	private List<Hub> withNames(List<Hub> hubs) {
		if (hubs.isEmpty()) {
			return hubs;
		}
		Map<String, Map<String, String>> names = new HashMap<>();
		jdbc.sql("SELECT hub_code, lang, name FROM network_hub_name WHERE hub_code IN (:codes)")
			.param("codes", hubs.stream().map(h -> h.code().value()).toList())
			.query(rs -> {
				names.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
			});
		return hubs.stream()
			.map(h -> new Hub(h.code(), h.name(), names.getOrDefault(h.code().value(), Map.of()), h.city(), h.country(),
					h.validFrom(), h.validTo(), h.source(), h.sourceUrl(), h.changed()))
			.toList();
	}

	long countHubs(@Nullable CountryCode country) {
		return jdbc.sql(
				"SELECT COUNT(*) FROM network_hub WHERE (CAST(:country AS VARCHAR) IS NULL OR country_code = :country)")
			.param("country", country == null ? null : country.value())
			.query(Long.class)
			.single();
	}

	void insertHub(HubCode code, HubDetails d, String actor, OffsetDateTime now) {
		remembered.forget();
		write("""
				INSERT INTO network_hub (code, name, city, country_code, valid_from, valid_to, source, source_url,
				  created_at, created_by, updated_at, updated_by)
				VALUES (:code, :name, :city, :country, :from, :to, :source, :url, :now, :actor, :now, :actor)""",
				columns(code, d), actor, now);
		replaceHubNames(code, d.names());
	}

	void updateHub(HubCode code, HubDetails d, String actor, OffsetDateTime now) {
		remembered.forget();
		write("""
				UPDATE network_hub SET name = :name, city = :city, country_code = :country, valid_from = :from, valid_to = :to,
				  source = :source, source_url = :url, updated_at = :now, updated_by = :actor
				WHERE code = :code""",
				columns(code, d), actor, now);
		replaceHubNames(code, d.names());
	}

	private static Map<String, @Nullable Object> columns(HubCode code, HubDetails d) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("code", code.value());
		columns.put("name", d.name());
		columns.put("city", d.city());
		columns.put("country", d.country().value());
		columns.put("from", d.validFrom());
		columns.put("to", d.validTo());
		columns.put("source", d.source());
		columns.put("url", d.sourceUrl());
		return columns;
	}

	/** The hub's own row; {@link #withNames} adds its names in other languages. */
	private Hub hubRow(ResultSet rs, int n) throws SQLException {
		return new Hub(HubCode.of(rs.getString("code")), rs.getString("name"), Map.of(), rs.getString("city"),
				CountryCode.of(rs.getString("country_code")), date(rs, "valid_from"), date(rs, "valid_to"),
				rs.getString("source"), rs.getString("source_url"), changed(rs));
	}

	// ---- corridors

	private static final String CORRIDOR_SELECT = """
			SELECT c.*, o.country_code AS origin_country, d.country_code AS destination_country
			FROM network_corridor c
			JOIN network_hub o ON o.code = c.origin_hub
			JOIN network_hub d ON d.code = c.destination_hub
			""";

	private static final String CORRIDOR_FILTER = """
			WHERE (CAST(:origin AS VARCHAR) IS NULL OR c.origin_hub = :origin) AND (CAST(:destination AS VARCHAR) IS NULL OR c.destination_hub = :destination)
			  AND (CAST(:originCountry AS VARCHAR) IS NULL OR o.country_code = :originCountry)
			  AND (CAST(:destinationCountry AS VARCHAR) IS NULL OR d.country_code = :destinationCountry)
			  AND (CAST(:hub AS VARCHAR) IS NULL OR c.origin_hub = :hub OR c.destination_hub = :hub)
			""";

	Optional<Corridor> corridor(CorridorId id) {
		return withModesAndRegimes(
				jdbc.sql(CORRIDOR_SELECT + "WHERE c.id = :id").param("id", id.value()).query(this::corridorRow).list())
			.stream()
			.findFirst();
	}

	List<Corridor> corridors(CorridorFilter filter, long offset, int limit) {
		return withModesAndRegimes(filter
			.bind(jdbc.sql(CORRIDOR_SELECT + CORRIDOR_FILTER
					+ "ORDER BY c.origin_hub, c.destination_hub LIMIT :limit OFFSET :offset"))
			.param("limit", limit)
			.param("offset", offset)
			.query(this::corridorRow)
			.list());
	}

	long countCorridors(CorridorFilter filter) {
		return filter.bind(jdbc.sql("SELECT COUNT(*) FROM (" + CORRIDOR_SELECT + CORRIDOR_FILTER + ") x"))
			.query(Long.class)
			.single();
	}

	void insertCorridor(CorridorId id, CorridorDetails d, String actor, OffsetDateTime now) {
		remembered.forget();
		write("""
				INSERT INTO network_corridor (id, origin_hub, destination_hub, typical_transit_days, valid_from, valid_to, source,
				  source_url, created_at, created_by, updated_at, updated_by)
				VALUES (:id, :origin, :destination, :days, :from, :to, :source, :url, :now, :actor, :now, :actor)""",
				columns(id, d), actor, now);
		replaceModesAndRegimes(id, d);
	}

	void updateCorridor(CorridorId id, CorridorDetails d, String actor, OffsetDateTime now) {
		remembered.forget();
		write("""
				UPDATE network_corridor SET origin_hub = :origin, destination_hub = :destination, typical_transit_days = :days,
				  valid_from = :from, valid_to = :to, source = :source, source_url = :url, updated_at = :now, updated_by = :actor
				WHERE id = :id""",
				columns(id, d), actor, now);
		replaceModesAndRegimes(id, d);
	}

	private static Map<String, @Nullable Object> columns(CorridorId id, CorridorDetails d) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("id", id.value());
		columns.put("origin", d.origin().value());
		columns.put("destination", d.destination().value());
		columns.put("days", d.typicalTransitDays());
		columns.put("from", d.validFrom());
		columns.put("to", d.validTo());
		columns.put("source", d.source());
		columns.put("url", d.sourceUrl());
		return columns;
	}

	private void replaceModesAndRegimes(CorridorId id, CorridorDetails d) {
		remembered.forget();
		jdbc.sql("DELETE FROM network_corridor_mode WHERE corridor_id = :id").param("id", id.value()).update();
		jdbc.sql("DELETE FROM network_corridor_regime WHERE corridor_id = :id").param("id", id.value()).update();
		d.modes()
			.forEach(mode -> jdbc.sql("INSERT INTO network_corridor_mode (corridor_id, mode) VALUES (:id, :mode)")
				.param("id", id.value())
				.param("mode", mode.name())
				.update());
		d.regimes()
			.forEach(regime -> jdbc
				.sql("INSERT INTO network_corridor_regime (corridor_id, regime) VALUES (:id, :regime)")
				.param("id", id.value())
				.param("regime", regime.name())
				.update());
	}

	private Corridor corridorRow(ResultSet rs, int n) throws SQLException {
		return new Corridor(new CorridorId(rs.getObject("id", UUID.class)), HubCode.of(rs.getString("origin_hub")),
				CountryCode.of(rs.getString("origin_country")), HubCode.of(rs.getString("destination_hub")),
				CountryCode.of(rs.getString("destination_country")), Set.of(), Set.of(),
				rs.getInt("typical_transit_days"), date(rs, "valid_from"), date(rs, "valid_to"), rs.getString("source"),
				rs.getString("source_url"), changed(rs));
	}

	private List<Corridor> withModesAndRegimes(List<Corridor> corridors) {
		if (corridors.isEmpty()) {
			return corridors;
		}
		Collection<UUID> ids = corridors.stream().map(c -> c.id().value()).toList();
		Map<UUID, Set<TransportMode>> modes = new HashMap<>();
		jdbc.sql("SELECT corridor_id, mode FROM network_corridor_mode WHERE corridor_id IN (:ids)")
			.param("ids", ids)
			.query(rs -> {
				modes.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(TransportMode.class))
					.add(TransportMode.valueOf(rs.getString(2)));
			});
		Map<UUID, Set<CustomsRegime>> regimes = new HashMap<>();
		jdbc.sql("SELECT corridor_id, regime FROM network_corridor_regime WHERE corridor_id IN (:ids)")
			.param("ids", ids)
			.query(rs -> {
				regimes.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(CustomsRegime.class))
					.add(CustomsRegime.valueOf(rs.getString(2)));
			});
		List<Corridor> result = new ArrayList<>();
		for (Corridor c : corridors) {
			result.add(new Corridor(c.id(), c.origin(), c.originCountry(), c.destination(), c.destinationCountry(),
					modes.getOrDefault(c.id().value(), Set.of()), regimes.getOrDefault(c.id().value(), Set.of()),
					c.typicalTransitDays(), c.validFrom(), c.validTo(), c.source(), c.sourceUrl(), c.changed()));
		}
		return result;
	}

	// ---- FX rates

	Optional<FxRate> fxRate(UUID id) {
		return jdbc.sql("SELECT * FROM network_fx_rate WHERE id = :id").param("id", id).query(this::fxRow).optional();
	}

	boolean fxRateExists(CurrencyCode base, CurrencyCode quote, LocalDate day, @Nullable UUID except) {
		return jdbc
			.sql("""
					SELECT COUNT(*) FROM network_fx_rate
					WHERE base = :base AND quote = :quote AND effective_date = :day AND (CAST(:except AS UUID) IS NULL OR id <> :except)""")
			.param("base", base.value())
			.param("quote", quote.value())
			.param("day", day)
			.param("except", except)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The stored rate of exactly this pair with the latest effective date on or before
	 * {@code on} (see {@link RememberedRates}).
	 */
	Optional<FxRate> latest(CurrencyCode base, CurrencyCode quote, LocalDate on) {
		return jdbc.sql("""
				SELECT * FROM network_fx_rate WHERE base = :base AND quote = :quote AND effective_date <= :on
				ORDER BY effective_date DESC LIMIT 1""")
			.param("base", base.value())
			.param("quote", quote.value())
			.param("on", on)
			.query(this::fxRow)
			.optional();
	}

	List<FxRate> fxRates(@Nullable CurrencyCode base, @Nullable CurrencyCode quote, boolean latestOnly, long offset,
			int limit) {
		return jdbc
			.sql("SELECT * FROM network_fx_rate r " + fxFilter(latestOnly)
					+ " ORDER BY r.base, r.quote, r.effective_date DESC LIMIT :limit OFFSET :offset")
			.param("base", base == null ? null : base.value())
			.param("quote", quote == null ? null : quote.value())
			.param("limit", limit)
			.param("offset", offset)
			.query(this::fxRow)
			.list();
	}

	long countFxRates(@Nullable CurrencyCode base, @Nullable CurrencyCode quote, boolean latestOnly) {
		return jdbc.sql("SELECT COUNT(*) FROM network_fx_rate r " + fxFilter(latestOnly))
			.param("base", base == null ? null : base.value())
			.param("quote", quote == null ? null : quote.value())
			.query(Long.class)
			.single();
	}

	private static String fxFilter(boolean latestOnly) {
		String filter = "WHERE (CAST(:base AS VARCHAR) IS NULL OR r.base = :base) AND (CAST(:quote AS VARCHAR) IS NULL OR r.quote = :quote)";
		return latestOnly ? filter + """
				AND r.effective_date = (SELECT MAX(l.effective_date) FROM network_fx_rate l
				  WHERE l.base = r.base AND l.quote = r.quote AND l.effective_date <= CURRENT_DATE)""" : filter;
	}

	void insertFxRate(UUID id, FxRateDetails d, String actor, OffsetDateTime now) {
		jdbc.sql(
				"""
						INSERT INTO network_fx_rate (id, base, quote, rate, effective_date, source, source_url, created_at, created_by,
						  updated_at, updated_by)
						VALUES (:id, :base, :quote, :rate, :day, :source, :url, :now, :actor, :now, :actor)""")
			.param("id", id)
			.param("base", d.base().value())
			.param("quote", d.quote().value())
			.param("rate", d.rate())
			.param("day", d.effectiveDate())
			.param("source", d.source())
			.param("url", d.sourceUrl())
			.param("now", now)
			.param("actor", actor)
			.update();
	}

	void updateFxRate(UUID id, FxRateDetails d, String actor, OffsetDateTime now) {
		jdbc.sql(
				"""
						UPDATE network_fx_rate SET base = :base, quote = :quote, rate = :rate, effective_date = :day, source = :source,
						  source_url = :url, updated_at = :now, updated_by = :actor
						WHERE id = :id""")
			.param("id", id)
			.param("base", d.base().value())
			.param("quote", d.quote().value())
			.param("rate", d.rate())
			.param("day", d.effectiveDate())
			.param("source", d.source())
			.param("url", d.sourceUrl())
			.param("now", now)
			.param("actor", actor)
			.update();
	}

	private FxRate fxRow(ResultSet rs, int n) throws SQLException {
		BigDecimal rate = FxConverter.normalise(rs.getBigDecimal("rate"));
		return new FxRate(rs.getObject("id", UUID.class), CurrencyCode.of(rs.getString("base")),
				CurrencyCode.of(rs.getString("quote")), rate, date(rs, "effective_date"), rs.getString("source"),
				rs.getString("source_url"), changed(rs));
	}

	// ---- change log

	void recordChange(String entity, String key, String action, String actor, OffsetDateTime now, String summary) {
		jdbc.sql("""
				INSERT INTO network_change (id, entity, entity_key, action, changed_by, changed_at, summary)
				VALUES (:id, :entity, :key, :action, :actor, :now, :summary)""")
			.param("id", UUID.randomUUID())
			.param("entity", entity)
			.param("key", key)
			.param("action", action)
			.param("actor", actor)
			.param("now", now)
			.param("summary", summary.length() > 2000 ? summary.substring(0, 2000) : summary)
			.update();
	}

	List<NetworkChange> changes(String entity, String key) {
		return jdbc.sql(
				"SELECT * FROM network_change WHERE entity = :entity AND entity_key = :key ORDER BY changed_at DESC LIMIT 50")
			.param("entity", entity)
			.param("key", key)
			.query((rs, n) -> new NetworkChange(rs.getString("entity"), rs.getString("entity_key"),
					rs.getString("action"), rs.getString("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class), rs.getString("summary")))
			.list();
	}

	// ---- helpers

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static Changed changed(ResultSet rs) throws SQLException {
		return new Changed(rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
	}

}
