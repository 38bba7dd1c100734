package org.isoko.identity;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time zone a user reads times in: the one they chose on their account page, or (none
 * chosen) their hub's, which pages work out from {@link #currentViewer()}.
 */
@Service
public class TimeZoneChoices {

	/**
	 * The zones a user may choose: the hubs' and their neighbours', and UTC (for those
	 * who compare with carriers' and customs' systems).
	 */
	public static final List<ZoneId> CHOICES = List.of(ZoneId.of("Africa/Kigali"), ZoneId.of("Africa/Nairobi"),
			ZoneId.of("Africa/Kampala"), ZoneId.of("Africa/Dar_es_Salaam"), ZoneId.of("Africa/Bujumbura"),
			ZoneId.of("Africa/Addis_Ababa"), ZoneId.of("Africa/Lagos"), ZoneId.of("Africa/Johannesburg"),
			ZoneId.of("Asia/Shanghai"), ZoneId.of("Europe/Paris"), ZoneId.of("Europe/London"), ZoneId.of("UTC"));

	private final CurrentUsers users;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	TimeZoneChoices(CurrentUsers users, JdbcClient jdbc, AuditTrail audit) {
		this.users = users;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The zones a user may choose, for the account page. */
	public List<ZoneId> choices() {
		return CHOICES;
	}

	/** Who is reading: the zone they chose (null: none) and their hub. */
	public record Viewer(@Nullable ZoneId chosen, HubCode hub) {
	}

	/** The signed-in user reading this page; empty for a visitor. */
	public Optional<Viewer> currentViewer() {
		return users.current().map(user -> new Viewer(chosen(user.id()).orElse(null), user.hub()));
	}

	public Optional<ZoneId> chosen(UserId user) {
		return jdbc.sql("SELECT time_zone FROM identity_user WHERE id = :id")
			.param("id", user.value())
			.query(String.class)
			.optional()
			.map(ZoneId::of);
	}

	/** Chooses a zone ({@code null}: the hub's again), recorded in the audit log. */
	@Transactional
	public void choose(CurrentUser user, @Nullable ZoneId zone) {
		if (zone != null && !CHOICES.contains(zone)) {
			throw new InvalidInput("timeZone", "Choose one of " + CHOICES);
		}
		jdbc.sql("UPDATE identity_user SET time_zone = :zone WHERE id = :id")
			.param("zone", zone == null ? null : zone.getId())
			.param("id", user.id().value())
			.update();
		audit.record(AuditActions.TIME_ZONE_CHOSEN, user.id().toString(), "zone=" + (zone == null ? "hub" : zone));
	}

}
