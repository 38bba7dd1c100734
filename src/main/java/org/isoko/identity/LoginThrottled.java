package org.isoko.identity;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures; says when to try again. */
class LoginThrottled extends AuthenticationException {

	private final Instant until;

	private final long minutes;

	LoginThrottled(Instant until, Instant now) {
		super("Too many failed sign-ins. Try again in " + minutes(until, now) + " minute(s).");
		this.until = until;
		this.minutes = minutes(until, now);
	}

	long minutes() {
		return minutes;
	}

	long retryAfterSeconds(Instant now) {
		return Math.max(1, Duration.between(now, until).getSeconds());
	}

	static long minutes(Instant until, Instant now) {
		return Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
	}

}
