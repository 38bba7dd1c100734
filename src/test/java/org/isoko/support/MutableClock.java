package org.isoko.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can move forward (reservation expiry, time-dependent rules) instead of
 * waiting. Thread-safe.
 */
public class MutableClock extends Clock {

	private final Instant start;

	private volatile Instant now;

	public MutableClock(Instant start) {
		this.start = start;
		this.now = start;
	}

	/**
	 * Back to the instant the clock was made with. {@link MutableClockRestorer} calls it
	 * after each test class, so that a class that moved the clock of a shared test
	 * context does not leave the next class in another time.
	 */
	public synchronized void restore() {
		now = start;
	}

	public boolean moved() {
		return !now.equals(start);
	}

	public synchronized void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
