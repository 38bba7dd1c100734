package org.isoko.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.isoko.shared.SqlTimes;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stores audit entries. Each entry is written in its own transaction so that the record
 * of a failed attempt survives the rollback of the attempt itself.
 */
@Component
class AuditLog implements AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String action, @Nullable String target, @Nullable String details) {
		IsokoPrincipal principal = currentPrincipal();
		insert(action, principal == null ? null : principal.userId(),
				principal == null ? null : principal.getUsername(),
				principal == null ? null : principal.organisationId(), target, details);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFor(String actor, @Nullable OrganisationId organisation, String action, @Nullable String target,
			@Nullable String details) {
		insert(action, null, actor, organisation, target, details);
	}

	void recordFor(UserAccount actor, String action, @Nullable String target, @Nullable String details) {
		insert(action, actor.id(), actor.email(), actor.organisationId(), target, details);
	}

	/** Every action the log holds, in alphabetical order, for the admin's filter. */
	@Transactional(readOnly = true)
	List<String> actions() {
		return jdbc.sql("SELECT DISTINCT action FROM identity_audit_event ORDER BY action").query(String.class).list();
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<Entry> entries(@Nullable String action, PageRequest page) {
		String where = action == null ? "" : " WHERE action = :action";
		var count = jdbc.sql("SELECT COUNT(*) FROM identity_audit_event" + where);
		var select = jdbc
			.sql("SELECT * FROM identity_audit_event" + where
					+ " ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset")
			.param("limit", page.size())
			.param("offset", page.offset());
		if (action != null) {
			count = count.param("action", action);
			select = select.param("action", action);
		}
		long total = count.query(Long.class).single();
		List<Entry> entries = select.query(AuditLog::map).list();
		return PageOf.of(entries, page, total);
	}

	private void insert(String action, @Nullable UserId actorId, @Nullable String actor,
			@Nullable OrganisationId organisation, @Nullable String target, @Nullable String details) {
		jdbc.sql(
				"""
						INSERT INTO identity_audit_event (id, occurred_at, action, actor_user_id, actor, organisation_id, target, remote_address, details)
						VALUES (:id, :at, :action, :actorId, :actor, :org, :target, :address, :details)""")
			.param("id", UUID.randomUUID())
			.param("at", SqlTimes.utc(clock.instant()))
			.param("action", action)
			.param("actorId", actorId == null ? null : actorId.value())
			.param("actor", truncate(actor, 254))
			.param("org", organisation == null ? null : organisation.value())
			.param("target", truncate(target, 254))
			.param("address", remoteAddress())
			.param("details", truncate(details, 1000))
			.update();
	}

	private static @Nullable IsokoPrincipal currentPrincipal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof IsokoPrincipal principal ? principal
				: null;
	}

	static @Nullable String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static @Nullable String truncate(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	private static Entry map(ResultSet rs, int row) throws SQLException {
		UUID actorId = rs.getObject("actor_user_id", UUID.class);
		UUID org = rs.getObject("organisation_id", UUID.class);
		return new Entry(rs.getObject("id", UUID.class), SqlTimes.instant(rs, "occurred_at"), rs.getString("action"),
				actorId == null ? null : new UserId(actorId), rs.getString("actor"),
				org == null ? null : new OrganisationId(org), rs.getString("target"), rs.getString("remote_address"),
				rs.getString("details"));
	}

}
