package org.isoko.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.isoko.shared.SqlTimes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting one client lock out others (many mobile
 * users in Rwanda share one carrier-grade NAT address, and a proxy without forwarded
 * headers makes every client one address). Three counters of failed sign-ins within the
 * window, kept in the database so that every instance sees them:
 * <ul>
 * <li>per address and account ({@code max-failures}, 5): the usual guesser; further
 * attempts for that account from that address are refused until the lock ends, even with
 * the right password;</li>
 * <li>per account, from any address ({@code max-failures-per-account}, 20): guessing
 * spread over many addresses; the account is locked for everyone until the lock ends (a
 * successful sign-in before that clears the count);</li>
 * <li>per address ({@code max-failures-per-address}, 30): spraying many e-mails from one
 * address. This never refuses anyone: further failed attempts from the address are
 * answered only after {@code address-delay} (1 s), so a correct password for an account
 * that is not itself locked still signs in at once, and a wrong one costs the guesser
 * time whether the e-mail has an account or not.</li>
 * </ul>
 */
@Component
class LoginThrottle {

	/** What a failed sign-in led to. */
	record Failure(Optional<Instant> lockedUntil, Duration delay) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailuresPerPair;

	private final int maxFailuresPerAccount;

	private final int maxFailuresPerAddress;

	private final WindowedCounter failed;

	private final Duration lock;

	private final Duration addressDelay;

	LoginThrottle(JdbcClient jdbc, Clock clock,
			@Value("${isoko.identity.login-throttle.max-failures:5}") int maxFailuresPerPair,
			@Value("${isoko.identity.login-throttle.max-failures-per-account:20}") int maxFailuresPerAccount,
			@Value("${isoko.identity.login-throttle.max-failures-per-address:30}") int maxFailuresPerAddress,
			@Value("${isoko.identity.login-throttle.window:15m}") Duration window,
			@Value("${isoko.identity.login-throttle.lock:15m}") Duration lock,
			@Value("${isoko.identity.login-throttle.address-delay:1s}") Duration addressDelay) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailuresPerPair = maxFailuresPerPair;
		this.maxFailuresPerAccount = maxFailuresPerAccount;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
		this.failed = new WindowedCounter(jdbc, "identity_login_throttle", "failures", window);
		this.lock = lock;
		this.addressDelay = addressDelay;
	}

	/**
	 * When the account is locked for this address (or for every address), the instant the
	 * lock ends. The address's own count never locks.
	 */
	Optional<Instant> lockedUntil(String email, String address) {
		Instant now = clock.instant();
		return latest(lockOf(pairKey(email, address), now), lockOf(accountKey(email), now));
	}

	/**
	 * Counts a failure; says when this failure triggered (or extended) a lock, and how
	 * long to hold the answer when the address is over its own limit.
	 */
	Failure recordFailure(String email, String address) {
		Instant now = clock.instant();
		Optional<Instant> locked = latest(count(pairKey(email, address), maxFailuresPerPair, now),
				count(accountKey(email), maxFailuresPerAccount, now));
		boolean addressOverLimit = count(addressKey(address), maxFailuresPerAddress, now).isPresent();
		return new Failure(locked, addressOverLimit ? addressDelay : Duration.ZERO);
	}

	/**
	 * The account proved its password: its failures, from this address and in all, start
	 * again from zero. The address's count stays (it counts other e-mails too).
	 */
	void recordSuccess(String email, String address) {
		jdbc.sql("DELETE FROM identity_login_throttle WHERE throttle_key IN (:pair, :account)")
			.param("pair", pairKey(email, address))
			.param("account", accountKey(email))
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
		int failures = failed.add(key, now).attempts();
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

	private static String accountKey(String email) {
		return "email:" + UserAccounts.normalise(email);
	}

	private static String pairKey(String email, String address) {
		return "pair:" + address + " " + UserAccounts.normalise(email);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
