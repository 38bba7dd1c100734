package org.isoko.shared;

import java.time.Duration;

/**
 * Isoko is taking as much of this kind of work as the machine can do well, and the
 * request waited its turn for as long as it may: nothing was done, the client may send it
 * again after {@link #retryAfter()}. Answered with 503 and a Retry-After header.
 */
public class Busy extends RuntimeException {

	private final Duration retryAfter;

	public Busy(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
