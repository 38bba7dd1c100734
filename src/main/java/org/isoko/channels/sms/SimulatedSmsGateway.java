package org.isoko.channels.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.isoko.shared.Msisdn;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The in-process SMS gateway of development and demo runs (only where the simulators run,
 * never in production): takes every message, answers as Africa's Talking does for an
 * accepted one, and keeps the last ones so that a tester can read the one-time code sent
 * to a demo number.
 */
@Component
@Conditional(SimulatorsEnabled.class)
public class SimulatedSmsGateway implements SmsGateway {

	private static final int KEPT = 100;

	private final List<Message> sent = new ArrayList<>();

	/** A message the simulator took. */
	public record Message(Msisdn to, String text, String messageId) {
	}

	@Override
	public synchronized Sent send(Msisdn to, String message) {
		String id = "ATXid_" + UUID.randomUUID().toString().replace("-", "");
		sent.add(new Message(to, message, id));
		if (sent.size() > KEPT) {
			sent.remove(0);
		}
		return new Sent(true, id, "Success");
	}

	/** The messages sent to a number, oldest first. */
	public synchronized List<Message> sentTo(Msisdn to) {
		return sent.stream().filter(m -> m.to().equals(to)).toList();
	}

}
