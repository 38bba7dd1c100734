package org.isoko.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

import org.isoko.shared.SqlTimes;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Msisdn;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored organisations. Updates are optimistic: a concurrent change to the same row is
 * refused, not lost. Other modules' look-ups ({@link #find}) are remembered
 * ({@link RememberedOrganisations}): every write here tells it.
 */
@Repository
class Organisations implements OrganisationDirectory {

	private final JdbcClient jdbc;

	private final CredentialChanges credentials;

	private final RememberedOrganisations remembered;

	Organisations(JdbcClient jdbc, CredentialChanges credentials, RememberedOrganisations remembered) {
		this.jdbc = jdbc;
		this.credentials = credentials;
		this.remembered = remembered;
	}

	void insert(Organisation o) {
		remembered.written();
		jdbc.sql(
				"""
						INSERT INTO identity_organisation (id, name, kind, country_code, hub_code, phone, verification, verification_reason,
						  verified_by, verified_at, created_at, version)
						VALUES (:id, :name, :kind, :country, :hub, :phone, :verification, :reason, :verifiedBy, :verifiedAt, :createdAt, 0)""")
			.param("id", o.id().value())
			.param("name", o.name())
			.param("kind", o.kind().name())
			.param("country", o.country().value())
			.param("hub", o.hub().value())
			.param("phone", o.phone() == null ? null : o.phone().value())
			.param("verification", o.verification().name())
			.param("reason", o.verificationReason())
			.param("verifiedBy", o.verifiedBy() == null ? null : o.verifiedBy().value())
			.param("verifiedAt", SqlTimes.utc(o.verifiedAt()))
			.param("createdAt", SqlTimes.utc(o.createdAt()))
			.update();
	}

	void updateVerification(Organisation o) {
		remembered.written();
		int updated = jdbc
			.sql("""
					UPDATE identity_organisation SET verification = :verification, verification_reason = :reason, verified_by = :verifiedBy,
					  verified_at = :verifiedAt, version = version + 1
					WHERE id = :id AND version = :version""")
			.param("verification", o.verification().name())
			.param("reason", o.verificationReason())
			.param("verifiedBy", o.verifiedBy() == null ? null : o.verifiedBy().value())
			.param("verifiedAt", SqlTimes.utc(o.verifiedAt()))
			.param("id", o.id().value())
			.param("version", o.version())
			.update();
		if (updated != 1) {
			throw new Conflict(
					"Organisation " + o.name() + " was changed by someone else meanwhile; reload and try again");
		}
		credentials.anyTokenChanged(); // API tokens carry the organisation's verification
										// (see AuthenticatedTokens)
	}

	Optional<Organisation> findById(OrganisationId id) {
		return jdbc.sql("SELECT * FROM identity_organisation WHERE id = :id")
			.param("id", id.value())
			.query(Organisations::map)
			.optional();
	}

	Optional<Organisation> findByName(String name) {
		return jdbc.sql("SELECT * FROM identity_organisation WHERE LOWER(name) = LOWER(:name)")
			.param("name", name)
			.query(Organisations::map)
			.optional();
	}

	/**
	 * Selling organisations of one hub (or of every hub when {@code hub} is null),
	 * optionally by verification state.
	 */
	PageOf<Organisation> sellers(@Nullable HubCode hub, @Nullable Verification verification, PageRequest page) {
		String where = " WHERE kind IN ('COOPERATIVE', 'SME', 'FARMER_GROUP')"
				+ (hub == null ? "" : " AND hub_code = :hub")
				+ (verification == null ? "" : " AND verification = :verification");
		var count = jdbc.sql("SELECT COUNT(*) FROM identity_organisation" + where);
		var select = jdbc
			.sql("SELECT * FROM identity_organisation" + where + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
			.param("limit", page.size())
			.param("offset", page.offset());
		if (hub != null) {
			count = count.param("hub", hub.value());
			select = select.param("hub", hub.value());
		}
		if (verification != null) {
			count = count.param("verification", verification.name());
			select = select.param("verification", verification.name());
		}
		long total = count.query(Long.class).single();
		return PageOf.of(select.query(Organisations::map).list(), page, total);
	}

	@Override
	public Optional<OrganisationSummary> find(OrganisationId id) {
		return remembered.find(id, () -> findById(id).map(Organisation::summary));
	}

	/**
	 * The organisations of these ids, in one statement (a page of users shows theirs).
	 */
	Map<OrganisationId, Organisation> findAll(Collection<OrganisationId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT * FROM identity_organisation WHERE id IN (:ids)")
			.param("ids", ids.stream().map(OrganisationId::value).distinct().toList())
			.query(Organisations::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Organisation::id, o -> o));
	}

	List<Organisation> findAll() {
		return jdbc.sql("SELECT * FROM identity_organisation ORDER BY name").query(Organisations::map).list();
	}

	private static Organisation map(ResultSet rs, int row) throws SQLException {
		String phone = rs.getString("phone");
		UUID verifiedBy = rs.getObject("verified_by", UUID.class);
		return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
				OrganisationKind.valueOf(rs.getString("kind")), new CountryCode(rs.getString("country_code")),
				new HubCode(rs.getString("hub_code")), phone == null ? null : new Msisdn(phone),
				Verification.valueOf(rs.getString("verification")), rs.getString("verification_reason"),
				verifiedBy == null ? null : new UserId(verifiedBy), SqlTimes.instant(rs, "verified_at"),
				SqlTimes.instant(rs, "created_at"), rs.getInt("version"));
	}

}
