package org.isoko.customs;

/** China's customs endpoint did not take a message: the outbox tries again later. */
class CustomsUnavailable extends RuntimeException {

	CustomsUnavailable(String message) {
		super(message);
	}

	CustomsUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
