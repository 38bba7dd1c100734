package org.isoko.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.isoko.shared.SqlTimes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code max-failures} failed sign-ins for one e-mail
 * address within the window (or {@code max-failures-per-address} from one client
 * address), further attempts are refused until the lock expires, even with the right
 * password. Counters live in the database so that every instance sees them.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailuresPerEmail;

	private final int maxFailuresPerAddress;

	private final Duration window;

	private final Duration lock;

	LoginThrottle(JdbcClient jdbc, Clock clock,
			@Value("${isoko.identity.login-throttle.max-failures:5}") int maxFailuresPerEmail,
			@Value("${isoko.identity.login-throttle.max-failures-per-address:30}") int maxFailuresPerAddress,
			@Value("${isoko.identity.login-throttle.window:15m}") Duration window,
			@Value("${isoko.identity.login-throttle.lock:15m}") Duration lock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailuresPerEmail = maxFailuresPerEmail;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
		this.window = window;
		this.lock = lock;
	}

	/** When the given e-mail or address is locked, the instant the lock ends. */
	Optional<Instant> lockedUntil(String email, String address) {
		Instant now = clock.instant();
		return latest(lockOf(emailKey(email), now), lockOf(addressKey(address), now));
	}

	/**
	 * Counts a failure; returns the end of the lock when this failure triggered (or
	 * extended) one.
	 */
	Optional<Instant> recordFailure(String email, String address) {
		Instant now = clock.instant();
		return latest(count(emailKey(email), maxFailuresPerEmail, now),
				count(addressKey(address), maxFailuresPerAddress, now));
	}

	void recordSuccess(String email) {
		jdbc.sql("DELETE FROM identity_login_throttle WHERE throttle_key = :key")
			.param("key", emailKey(email))
			.update();
	}

	private Optional<Instant> lockOf(String key, Instant now) {
		return jdbc.sql("SELECT locked_until FROM identity_login_throttle WHERE throttle_key = :key")
			.param("key", key)
			.query((rs, row) -> Optional.ofNullable(SqlTimes.instant(rs, "locked_until")))
			.optional()
			.flatMap(o -> o)
			.filter(until -> until.isAfter(now));
	}

	private Optional<Instant> count(String key, int maxFailures, Instant now) {
		Instant windowStart = now.minus(window);
		// A failure outside the window starts a fresh count; otherwise add one. Update
		// first, insert when absent.
		int updated = jdbc.sql("""
				UPDATE identity_login_throttle
				SET failures = CASE WHEN window_start < :windowStart THEN 1 ELSE failures + 1 END,
				    window_start = CASE WHEN window_start < :windowStart THEN :now ELSE window_start END
				WHERE throttle_key = :key""")
			.param("windowStart", SqlTimes.utc(windowStart))
			.param("now", SqlTimes.utc(now))
			.param("key", key)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql(
						"INSERT INTO identity_login_throttle (throttle_key, failures, window_start) VALUES (:key, 1, :now)")
					.param("key", key)
					.param("now", SqlTimes.utc(now))
					.update();
			}
			catch (DuplicateKeyException raced) {
				return count(key, maxFailures, now);
			}
		}
		int failures = jdbc.sql("SELECT failures FROM identity_login_throttle WHERE throttle_key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
		if (failures < maxFailures) {
			return Optional.empty();
		}
		Instant until = now.plus(lock);
		jdbc.sql("UPDATE identity_login_throttle SET locked_until = :until WHERE throttle_key = :key")
			.param("until", SqlTimes.utc(until))
			.param("key", key)
			.update();
		return Optional.of(until);
	}

	private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
		if (a.isEmpty()) {
			return b;
		}
		if (b.isEmpty()) {
			return a;
		}
		return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
	}

	private static String emailKey(String email) {
		return "email:" + UserAccounts.normalise(email);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
