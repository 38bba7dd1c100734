package org.isoko.channels.sms;

import org.isoko.shared.Msisdn;

/**
 * Where SMS leave Isoko, shaped like Africa's Talking's messaging API: one message to a
 * recipient, answered with the provider's message id and status ("Success" with status
 * code 101 when it took the message).
 */
public interface SmsGateway {

	Sent send(Msisdn to, String message);

	/** The provider's answer for one recipient. */
	record Sent(boolean accepted, String messageId, String status) {
	}

}
