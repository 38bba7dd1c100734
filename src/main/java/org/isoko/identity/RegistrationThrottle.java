package org.isoko.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits registration attempts, which answer whether a login already has an account (409)
 * and so could be used to probe for users. Two fixed-window counters, in the database so
 * that every instance sees them: per client address ({@code max-per-address}, 20 per
 * {@code window}, 1 h) and per login, an e-mail or phone number ({@code max-per-login},
 * 5). An attempt over either limit is refused with 429 until the window ends, before the
 * account check, and audited. Registering is rare for a person, so these limits are far
 * above what one family or cooperative behind one address needs.
 */
@Component
class RegistrationThrottle {

	/** Registration refused until {@link #until()}. */
	static class Throttled extends RuntimeException {

		private final Instant until;

		private final Instant now;

		Throttled(Instant until, Instant now) {
			super("Too many registration attempts. Try again in " + LoginThrottled.minutes(until, now) + " minute(s).");
			this.until = until;
			this.now = now;
		}

		Instant until() {
			return until;
		}

		long retryAfterSeconds() {
			return Math.max(1, Duration.between(now, until).getSeconds());
		}

		long retryAfterMinutes() {
			return LoginThrottled.minutes(until, now);
		}

	}

	private final WindowedCounter attempts;

	private final AuditLog audit;

	private final Clock clock;

	private final int maxPerAddress;

	private final int maxPerLogin;

	RegistrationThrottle(JdbcClient jdbc, AuditLog audit, Clock clock,
			@Value("${isoko.identity.registration-throttle.max-per-address:20}") int maxPerAddress,
			@Value("${isoko.identity.registration-throttle.max-per-login:5}") int maxPerLogin,
			@Value("${isoko.identity.registration-throttle.window:1h}") Duration window) {
		this.attempts = new WindowedCounter(jdbc, "identity_registration_throttle", "attempts", window);
		this.audit = audit;
		this.clock = clock;
		this.maxPerAddress = maxPerAddress;
		this.maxPerLogin = maxPerLogin;
	}

	/**
	 * Counts one attempt to register {@code login} from {@code address}; throws
	 * {@link Throttled} when either is over its limit. In its own transaction: a refused
	 * registration rolls back, its attempt must still count.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void attempt(String login, String address) {
		Instant now = clock.instant();
		Optional<Instant> byAddress = count("address:" + address, maxPerAddress, now);
		Optional<Instant> byLogin = count("login:" + login, maxPerLogin, now);
		Optional<Instant> until = byAddress.isPresent() ? byAddress : byLogin;
		if (until.isPresent()) {
			audit.recordFor(login, null, AuditActions.REGISTRATION_THROTTLED, login, "from " + address
					+ (byAddress.isPresent() ? " (address over its limit)" : " (login over its limit)"));
			throw new Throttled(until.get(), now);
		}
	}

	/**
	 * Adds one to the key's count; when it is now over the limit, the end of its window.
	 */
	private Optional<Instant> count(String key, int max, Instant now) {
		WindowedCounter.Count count = attempts.add(key, now);
		return count.attempts() > max ? Optional.of(count.windowStart().plus(attempts.window())) : Optional.empty();
	}

}
