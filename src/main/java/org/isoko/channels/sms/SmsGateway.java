package org.isoko.channels.sms;

import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;

/**
 * Where SMS leave Isoko, shaped like Africa's Talking's messaging API: one message to a
 * recipient, answered with the provider's message id, status and cost. A message the
 * provider refused for good (an invalid number, a blacklisted subscriber) comes back not
 * accepted; a failure that may pass (the provider down, no credit left) is thrown as
 * {@link TryLater}, and the outbox tries again.
 */
public interface SmsGateway {

	Sent send(Msisdn to, String message);

	/**
	 * The provider's answer for one recipient; {@code cost} is what it charged, when it
	 * says.
	 */
	record Sent(boolean accepted, String messageId, String status, @Nullable Money cost) {

		public Sent(boolean accepted, String messageId, String status) {
			this(accepted, messageId, status, null);
		}

	}

	/** The message was not sent this time, but may be later: the outbox retries it. */
	class TryLater extends RuntimeException {

		private final String status;

		public TryLater(String status, String message) {
			super(message);
			this.status = status;
		}

		public TryLater(String status, String message, Throwable cause) {
			super(message, cause);
			this.status = status;
		}

		/** The provider's status (or what went wrong), kept on the outbox row. */
		public String status() {
			return status;
		}

	}

}
