package org.isoko.payments;

/**
 * A client went over the callback rate limit: answered 429 with Retry-After (seconds).
 */
public class CallbackRateLimited extends RuntimeException {

	private final long retryAfterSeconds;

	CallbackRateLimited(long retryAfterSeconds, String message) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
