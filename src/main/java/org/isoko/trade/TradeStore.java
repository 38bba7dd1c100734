package org.isoko.trade;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.isoko.network.TransportMode;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.SqlTimes;
import org.isoko.trade.tariff.CbecRule;
import org.isoko.trade.tariff.FreightRate;
import org.isoko.trade.tariff.Percent;
import org.isoko.trade.tariff.TariffLine;
import org.isoko.trade.tariff.TariffScheme;
import org.isoko.trade.tariff.TaxKind;
import org.isoko.trade.tariff.TaxRule;
import org.isoko.trade.tariff.Validity;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the trade reference data and the change log. */
@Repository
class TradeStore {

	private final JdbcClient jdbc;

	TradeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- tariff lines

	List<TariffLine> tariffLines() {
		return jdbc.sql("SELECT * FROM trade_tariff_line ORDER BY importer, hs_code, scheme, valid_from")
			.query(this::mapTariffLine)
			.list();
	}

	Optional<TariffLine> tariffLine(UUID id) {
		return jdbc.sql("SELECT * FROM trade_tariff_line WHERE id = :id")
			.param("id", id)
			.query(this::mapTariffLine)
			.optional();
	}

	boolean hasRef(String table, String ref) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE ref = :ref")
			.param("ref", ref)
			.query(Long.class)
			.single() > 0;
	}

	void insert(TariffLine line, String by, Instant now) {
		write("""
				INSERT INTO trade_tariff_line (id, ref, importer, hs_code, scheme, rate, valid_from, valid_to, legal_basis, source, source_url, updated_at, updated_by)
				VALUES (:id, :ref, :importer, :hs, :scheme, :rate, :from, :to, :basis, :source, :url, :now, :by)""",
				columns(line), by, now);
	}

	void update(TariffLine line, String by, Instant now) {
		write("""
				UPDATE trade_tariff_line SET importer = :importer, hs_code = :hs, scheme = :scheme, rate = :rate, valid_from = :from,
				valid_to = :to, legal_basis = :basis, source = :source, source_url = :url, updated_at = :now, updated_by = :by WHERE id = :id""",
				columns(line), by, now);
	}

	private static Map<String, @Nullable Object> columns(TariffLine line) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("id", line.id());
		columns.put("ref", line.ref());
		columns.put("importer", line.importer().value());
		columns.put("hs", line.hsCode().value());
		columns.put("scheme", line.scheme().name());
		columns.put("rate", line.rate().value());
		columns.put("from", line.validity().from());
		columns.put("to", line.validity().to());
		columns.put("basis", line.legalBasis());
		columns.put("source", line.source());
		columns.put("url", line.sourceUrl());
		return columns;
	}

	private TariffLine mapTariffLine(ResultSet rs, int row) throws SQLException {
		return new TariffLine(rs.getObject("id", UUID.class), rs.getString("ref"),
				CountryCode.of(rs.getString("importer")), HsCode.of(rs.getString("hs_code")),
				TariffScheme.valueOf(rs.getString("scheme")), Percent.of(rs.getBigDecimal("rate")), validity(rs),
				rs.getString("legal_basis"), rs.getString("source"), rs.getString("source_url"));
	}

	// ---- tax rules

	List<TaxRule> taxRules() {
		return jdbc.sql("SELECT * FROM trade_tax_rule ORDER BY importer, hs_prefix, tax, valid_from")
			.query(this::mapTaxRule)
			.list();
	}

	Optional<TaxRule> taxRule(UUID id) {
		return jdbc.sql("SELECT * FROM trade_tax_rule WHERE id = :id")
			.param("id", id)
			.query(this::mapTaxRule)
			.optional();
	}

	void insert(TaxRule rule, String by, Instant now) {
		write("""
				INSERT INTO trade_tax_rule (id, ref, importer, hs_prefix, tax, rate, valid_from, valid_to, legal_basis, source, source_url, updated_at, updated_by)
				VALUES (:id, :ref, :importer, :prefix, :tax, :rate, :from, :to, :basis, :source, :url, :now, :by)""",
				columns(rule), by, now);
	}

	void update(TaxRule rule, String by, Instant now) {
		write("""
				UPDATE trade_tax_rule SET importer = :importer, hs_prefix = :prefix, tax = :tax, rate = :rate, valid_from = :from,
				valid_to = :to, legal_basis = :basis, source = :source, source_url = :url, updated_at = :now, updated_by = :by WHERE id = :id""",
				columns(rule), by, now);
	}

	private static Map<String, @Nullable Object> columns(TaxRule rule) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("id", rule.id());
		columns.put("ref", rule.ref());
		columns.put("importer", rule.importer().value());
		columns.put("prefix", rule.hsPrefix());
		columns.put("tax", rule.kind().name());
		columns.put("rate", rule.rate().value());
		columns.put("from", rule.validity().from());
		columns.put("to", rule.validity().to());
		columns.put("basis", rule.legalBasis());
		columns.put("source", rule.source());
		columns.put("url", rule.sourceUrl());
		return columns;
	}

	private TaxRule mapTaxRule(ResultSet rs, int row) throws SQLException {
		return new TaxRule(rs.getObject("id", UUID.class), rs.getString("ref"),
				CountryCode.of(rs.getString("importer")), rs.getString("hs_prefix"),
				TaxKind.valueOf(rs.getString("tax")), Percent.of(rs.getBigDecimal("rate")), validity(rs),
				rs.getString("legal_basis"), rs.getString("source"), rs.getString("source_url"));
	}

	// ---- cross-border retail rules

	List<CbecRule> cbecRules() {
		return jdbc.sql("SELECT * FROM trade_cbec_rule ORDER BY importer, valid_from").query(this::mapCbecRule).list();
	}

	Optional<CbecRule> cbecRule(UUID id) {
		return jdbc.sql("SELECT * FROM trade_cbec_rule WHERE id = :id")
			.param("id", id)
			.query(this::mapCbecRule)
			.optional();
	}

	private CbecRule mapCbecRule(ResultSet rs, int row) throws SQLException {
		CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
		return new CbecRule(rs.getObject("id", UUID.class), rs.getString("ref"),
				CountryCode.of(rs.getString("importer")), new Money(rs.getLong("per_order_limit_minor"), currency),
				new Money(rs.getLong("annual_limit_minor"), currency), rs.getBigDecimal("tax_factor"),
				Percent.of(rs.getBigDecimal("tariff_rate")), validity(rs), rs.getString("legal_basis"),
				rs.getString("source"), rs.getString("source_url"));
	}

	void insert(CbecRule rule, String by, Instant now) {
		write("""
				INSERT INTO trade_cbec_rule (id, ref, importer, currency, per_order_limit_minor, annual_limit_minor, tax_factor, tariff_rate,
				valid_from, valid_to, legal_basis, source, source_url, updated_at, updated_by)
				VALUES (:id, :ref, :importer, :currency, :perOrder, :annual, :factor, :tariff, :from, :to, :basis, :source, :url, :now, :by)""",
				columns(rule), by, now);
	}

	void update(CbecRule rule, String by, Instant now) {
		write("""
				UPDATE trade_cbec_rule SET importer = :importer, currency = :currency, per_order_limit_minor = :perOrder,
				annual_limit_minor = :annual, tax_factor = :factor, tariff_rate = :tariff, valid_from = :from, valid_to = :to,
				legal_basis = :basis, source = :source, source_url = :url, updated_at = :now, updated_by = :by WHERE id = :id""",
				columns(rule), by, now);
	}

	private static Map<String, @Nullable Object> columns(CbecRule rule) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("id", rule.id());
		columns.put("ref", rule.ref());
		columns.put("importer", rule.importer().value());
		columns.put("currency", rule.perOrderLimit().currency().value());
		columns.put("perOrder", rule.perOrderLimit().minorUnits());
		columns.put("annual", rule.annualLimit().minorUnits());
		columns.put("factor", rule.taxFactor());
		columns.put("tariff", rule.tariffWithinLimits().value());
		columns.put("from", rule.validity().from());
		columns.put("to", rule.validity().to());
		columns.put("basis", rule.legalBasis());
		columns.put("source", rule.source());
		columns.put("url", rule.sourceUrl());
		return columns;
	}

	// ---- freight rates

	List<FreightRate> freightRates() {
		return jdbc.sql("SELECT * FROM trade_freight_rate ORDER BY origin_hub, destination_hub, mode, valid_from")
			.query(this::mapFreightRate)
			.list();
	}

	Optional<FreightRate> freightRate(UUID id) {
		return jdbc.sql("SELECT * FROM trade_freight_rate WHERE id = :id")
			.param("id", id)
			.query(this::mapFreightRate)
			.optional();
	}

	private FreightRate mapFreightRate(ResultSet rs, int row) throws SQLException {
		CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
		return new FreightRate(rs.getObject("id", UUID.class), rs.getString("ref"),
				HubCode.of(rs.getString("origin_hub")), HubCode.of(rs.getString("destination_hub")),
				TransportMode.valueOf(rs.getString("mode")), currency, rs.getBigDecimal("per_kg"),
				new Money(rs.getLong("minimum_minor"), currency), Percent.of(rs.getBigDecimal("insurance_rate")),
				validity(rs), rs.getString("source"), rs.getString("source_url"));
	}

	void insert(FreightRate rate, String by, Instant now) {
		write("""
				INSERT INTO trade_freight_rate (id, ref, origin_hub, destination_hub, mode, currency, per_kg, minimum_minor, insurance_rate,
				valid_from, valid_to, source, source_url, updated_at, updated_by)
				VALUES (:id, :ref, :origin, :destination, :mode, :currency, :perKg, :minimum, :insurance, :from, :to, :source, :url, :now, :by)""",
				columns(rate), by, now);
	}

	void update(FreightRate rate, String by, Instant now) {
		write("""
				UPDATE trade_freight_rate SET origin_hub = :origin, destination_hub = :destination, mode = :mode, currency = :currency,
				per_kg = :perKg, minimum_minor = :minimum, insurance_rate = :insurance, valid_from = :from, valid_to = :to,
				source = :source, source_url = :url, updated_at = :now, updated_by = :by WHERE id = :id""",
				columns(rate), by, now);
	}

	private static Map<String, @Nullable Object> columns(FreightRate rate) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("id", rate.id());
		columns.put("ref", rate.ref());
		columns.put("origin", rate.origin().value());
		columns.put("destination", rate.destination().value());
		columns.put("mode", rate.mode().name());
		columns.put("currency", rate.currency().value());
		columns.put("perKg", rate.perKg());
		columns.put("minimum", rate.minimum().minorUnits());
		columns.put("insurance", rate.insurance().value());
		columns.put("from", rate.validity().from());
		columns.put("to", rate.validity().to());
		columns.put("source", rate.source());
		columns.put("url", rate.sourceUrl());
		return columns;
	}

	/** An insert or update of a rule: its columns, and who changed it when. */
	private void write(String sql, Map<String, @Nullable Object> columns, String by, Instant now) {
		jdbc.sql(sql).params(columns).param("now", SqlTimes.utc(now)).param("by", by).update();
	}

	// ---- edits of one kind one after the other

	/**
	 * Takes the row lock of {@code kind} (see the migration trade_edit_lock) until the
	 * surrounding transaction ends, so that the overlap check of one edit sees every edit
	 * of that kind committed before it.
	 */
	void lockEdits(String kind) {
		int locked = jdbc.sql("UPDATE trade_edit_lock SET version = version + 1 WHERE kind = :kind")
			.param("kind", kind)
			.update();
		if (locked != 1) {
			throw new IllegalStateException("No edit lock row for " + kind);
		}
	}

	// ---- change log

	void recordChange(String entity, UUID id, String action, String by, Instant now, String summary) {
		jdbc.sql("""
				INSERT INTO trade_change (id, entity, entity_id, action, changed_by, changed_at, summary)
				VALUES (:id, :entity, :entityId, :action, :by, :now, :summary)""")
			.param("id", UUID.randomUUID())
			.param("entity", entity)
			.param("entityId", id)
			.param("action", action)
			.param("by", by)
			.param("now", SqlTimes.utc(now))
			.param("summary", summary.length() > 4000 ? summary.substring(0, 4000) : summary)
			.update();
	}

	List<ReferenceChange> changes(String entity, UUID id) {
		return jdbc
			.sql("SELECT * FROM trade_change WHERE entity = :entity AND entity_id = :id ORDER BY changed_at DESC")
			.param("entity", entity)
			.param("id", id)
			.query((rs, row) -> new ReferenceChange(rs.getString("entity"), rs.getObject("entity_id", UUID.class),
					rs.getString("action"), rs.getString("changed_by"), SqlTimes.instant(rs, "changed_at"),
					rs.getString("summary")))
			.list();
	}

	private static Validity validity(ResultSet rs) throws SQLException {
		LocalDate from = SqlTimes.date(rs, "valid_from");
		@Nullable LocalDate to = SqlTimes.date(rs, "valid_to");
		return new Validity(from, to);
	}

}
