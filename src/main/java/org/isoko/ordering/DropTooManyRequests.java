package org.isoko.ordering;

/** A client went over a drop rate limit: answered 429 with Retry-After (seconds). */
class DropTooManyRequests extends RuntimeException {

	private final long retryAfterSeconds;

	DropTooManyRequests(long retryAfterSeconds, String message) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
