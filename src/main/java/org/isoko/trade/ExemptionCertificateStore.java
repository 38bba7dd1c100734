package org.isoko.trade;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExemptionCertificateStore {

	private final JdbcClient jdbc;

	ExemptionCertificateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ExemptionCertificate c) {
		jdbc.sql("""
				INSERT INTO trade_exemption_certificate (id, organisation_id, organisation_name, hub, importer,
				  condition_code, number, valid_from, valid_to, status, declared_by, declared_at)
				VALUES (:id, :org, :orgName, :hub, :importer, :condition, :number, :from, :to, :status, :by, :at)""")
			.param("id", c.id())
			.param("org", c.organisation().value())
			.param("orgName", c.organisationName())
			.param("hub", c.hub().value())
			.param("importer", c.importer().value())
			.param("condition", c.condition())
			.param("number", c.number())
			.param("from", c.validFrom())
			.param("to", c.validTo())
			.param("status", c.status().name())
			.param("by", c.declaredBy().value())
			.param("at", SqlTimes.utc(c.declaredAt()))
			.update();
	}

	/** Records a decision, only if the certificate is still pending (no lost update). */
	boolean decide(ExemptionCertificate decided) {
		return jdbc.sql("""
				UPDATE trade_exemption_certificate SET status = :status, decided_by = :by, decided_at = :at,
				  decision_reason = :reason WHERE id = :id AND status = 'PENDING'""")
			.param("status", decided.status().name())
			.param("by", decided.decidedBy() == null ? null : decided.decidedBy().value())
			.param("at", SqlTimes.utc(decided.decidedAt()))
			.param("reason", decided.reason())
			.param("id", decided.id())
			.update() == 1;
	}

	Optional<ExemptionCertificate> find(UUID id) {
		return jdbc.sql("SELECT * FROM trade_exemption_certificate WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	boolean exists(OrganisationId organisation, String condition, String number) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM trade_exemption_certificate
				WHERE organisation_id = :org AND condition_code = :condition AND number = :number""")
			.param("org", organisation.value())
			.param("condition", condition)
			.param("number", number)
			.query(Long.class)
			.single() > 0;
	}

	List<ExemptionCertificate> approved(OrganisationId organisation) {
		return jdbc.sql("""
				SELECT * FROM trade_exemption_certificate WHERE organisation_id = :org AND status = 'APPROVED'
				ORDER BY valid_to DESC""").param("org", organisation.value()).query(this::map).list();
	}

	PageOf<ExemptionCertificate> ofOrganisation(OrganisationId organisation, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM trade_exemption_certificate WHERE organisation_id = :org")
			.param("org", organisation.value())
			.query(Long.class)
			.single();
		List<ExemptionCertificate> items = jdbc
			.sql("SELECT * FROM trade_exemption_certificate WHERE organisation_id = :org "
					+ "ORDER BY declared_at DESC, id LIMIT :limit OFFSET :offset")
			.param("org", organisation.value())
			.param("limit", page.size())
			.param("offset", (long) page.page() * page.size())
			.query(this::map)
			.list();
		return PageOf.of(items, page, total);
	}

	/** Certificates of a hub (all hubs when null), pending first, newest first. */
	PageOf<ExemptionCertificate> forReview(@Nullable HubCode hub, @Nullable ExemptionStatus status, PageRequest page) {
		// Conditions are left out rather than bound to NULL: PostgreSQL cannot type an
		// untyped NULL parameter in ":hub IS NULL".
		String where = " WHERE 1 = 1" + (hub == null ? "" : " AND hub = :hub")
				+ (status == null ? "" : " AND status = :status");
		var count = jdbc.sql("SELECT COUNT(*) FROM trade_exemption_certificate" + where);
		var select = jdbc.sql("SELECT * FROM trade_exemption_certificate" + where
				+ " ORDER BY CASE WHEN status = 'PENDING' THEN 0 ELSE 1 END, declared_at DESC, id"
				+ " LIMIT :limit OFFSET :offset");
		if (hub != null) {
			count = count.param("hub", hub.value());
			select = select.param("hub", hub.value());
		}
		if (status != null) {
			count = count.param("status", status.name());
			select = select.param("status", status.name());
		}
		long total = count.query(Long.class).single();
		List<ExemptionCertificate> items = select.param("limit", page.size())
			.param("offset", (long) page.page() * page.size())
			.query(this::map)
			.list();
		return PageOf.of(items, page, total);
	}

	private ExemptionCertificate map(ResultSet rs, int row) throws SQLException {
		UUID decidedBy = rs.getObject("decided_by", UUID.class);
		return new ExemptionCertificate(rs.getObject("id", UUID.class),
				new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("organisation_name"),
				HubCode.of(rs.getString("hub")), CountryCode.of(rs.getString("importer")),
				rs.getString("condition_code"), rs.getString("number"), SqlTimes.date(rs, "valid_from"),
				SqlTimes.date(rs, "valid_to"), ExemptionStatus.valueOf(rs.getString("status")),
				new UserId(rs.getObject("declared_by", UUID.class)), SqlTimes.instant(rs, "declared_at"),
				decidedBy == null ? null : new UserId(decidedBy), SqlTimes.instant(rs, "decided_at"),
				rs.getString("decision_reason"));
	}

}
