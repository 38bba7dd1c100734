package org.isoko.payments;

/**
 * A provider could not be reached or failed; the request stays stored and the recovery
 * job tries again.
 */
class ProviderUnavailable extends RuntimeException {

	ProviderUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

	ProviderUnavailable(String message) {
		super(message);
	}

}
