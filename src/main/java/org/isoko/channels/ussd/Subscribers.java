package org.isoko.channels.ussd;

import java.time.Instant;
import java.util.Optional;

import org.isoko.shared.Msisdn;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The USSD side of a phone number: its menu language, PIN, one-time code and lock-out.
 */
@Component
class Subscribers {

	private final JdbcClient jdbc;

	Subscribers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Subscriber(Msisdn phone, @Nullable String language, @Nullable String pinHash, @Nullable String codeHash,
			@Nullable Instant codeExpiresAt, int failedAttempts, @Nullable Instant lockedUntil) {

		boolean lockedAt(Instant now) {
			return lockedUntil != null && lockedUntil.isAfter(now);
		}

	}

	Subscriber find(Msisdn phone, Instant now) {
		Optional<Subscriber> found = jdbc.sql("SELECT * FROM channels_ussd_subscriber WHERE phone = :phone")
			.param("phone", phone.value())
			.query((rs, n) -> new Subscriber(phone, rs.getString("language"), rs.getString("pin_hash"),
					rs.getString("code_hash"), SqlTimes.instant(rs, "code_expires_at"), rs.getInt("failed_attempts"),
					SqlTimes.instant(rs, "locked_until")))
			.optional();
		if (found.isPresent()) {
			return found.get();
		}
		jdbc.sql("INSERT INTO channels_ussd_subscriber (phone, failed_attempts, updated_at) VALUES (:phone, 0, :now)")
			.param("phone", phone.value())
			.param("now", SqlTimes.utc(now))
			.update();
		return new Subscriber(phone, null, null, null, null, 0, null);
	}

	void language(Msisdn phone, String language, Instant now) {
		update("language = :value", phone, language, now);
	}

	void code(Msisdn phone, String codeHash, Instant expiresAt, Instant now) {
		jdbc.sql("""
				UPDATE channels_ussd_subscriber SET code_hash = :hash, code_expires_at = :expires, updated_at = :now
				WHERE phone = :phone""")
			.param("hash", codeHash)
			.param("expires", SqlTimes.utc(expiresAt))
			.param("now", SqlTimes.utc(now))
			.param("phone", phone.value())
			.update();
	}

	/** A new PIN; the one-time code is used up and the failures forgotten. */
	void pin(Msisdn phone, String pinHash, Instant now) {
		jdbc.sql("""
				UPDATE channels_ussd_subscriber SET pin_hash = :hash, code_hash = NULL, code_expires_at = NULL,
				failed_attempts = 0, locked_until = NULL, updated_at = :now WHERE phone = :phone""")
			.param("hash", pinHash)
			.param("now", SqlTimes.utc(now))
			.param("phone", phone.value())
			.update();
	}

	void succeeded(Msisdn phone, Instant now) {
		jdbc.sql("UPDATE channels_ussd_subscriber SET failed_attempts = 0, updated_at = :now WHERE phone = :phone")
			.param("now", SqlTimes.utc(now))
			.param("phone", phone.value())
			.update();
	}

	/**
	 * Counts a wrong PIN or code in one conditional update (two sessions of the same
	 * number cannot both get a third try) and locks the number at the limit.
	 * @return whether the number is now locked
	 */
	boolean failed(Msisdn phone, int limit, Instant lockedUntil, Instant now) {
		jdbc.sql("""
				UPDATE channels_ussd_subscriber SET failed_attempts = failed_attempts + 1, updated_at = :now
				WHERE phone = :phone""").param("now", SqlTimes.utc(now)).param("phone", phone.value()).update();
		int locked = jdbc.sql("""
				UPDATE channels_ussd_subscriber SET failed_attempts = 0, locked_until = :until, code_hash = NULL
				WHERE phone = :phone AND failed_attempts >= :limit""")
			.param("until", SqlTimes.utc(lockedUntil))
			.param("phone", phone.value())
			.param("limit", limit)
			.update();
		return locked > 0;
	}

	private void update(String assignment, Msisdn phone, String value, Instant now) {
		jdbc.sql("UPDATE channels_ussd_subscriber SET " + assignment + ", updated_at = :now WHERE phone = :phone")
			.param("value", value)
			.param("now", SqlTimes.utc(now))
			.param("phone", phone.value())
			.update();
	}

}
