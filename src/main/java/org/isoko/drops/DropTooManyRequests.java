package org.isoko.drops;

/** A client went over a drop rate limit: answered 429 with Retry-After (seconds). */
public class DropTooManyRequests extends RuntimeException {

	private final long retryAfterSeconds;

	DropTooManyRequests(long retryAfterSeconds, String message) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
