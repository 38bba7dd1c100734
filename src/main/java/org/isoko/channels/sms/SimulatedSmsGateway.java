package org.isoko.channels.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.isoko.shared.Msisdn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The in-process SMS gateway of development and demo runs (only where the simulators run,
 * never in production, and not when {@code isoko.channels.sms.gateway} selects Africa's
 * Talking): takes every message, answers as Africa's Talking does for an accepted one,
 * and keeps the last ones so that a tester can read the one-time code sent to a demo
 * number. Like the real network, it then has delivery reports to post for each message:
 * Submitted, then Success — or Failed (DeliveryFailure) for a number ending in 99, so the
 * demo shows both; {@link SimulatedDeliveryReports} posts them to Isoko's callback.
 */
@Component
@Conditional(SimulatorsEnabled.class)
@ConditionalOnProperty(name = "isoko.channels.sms.gateway", havingValue = "simulator", matchIfMissing = true)
public class SimulatedSmsGateway implements SmsGateway {

	private static final int KEPT = 100;

	private final List<Message> sent = new ArrayList<>();

	private final List<DeliveryReport> reports = new ArrayList<>();

	/** A message the simulator took. */
	public record Message(Msisdn to, String text, String messageId) {
	}

	/** A delivery report as Africa's Talking posts it (its form fields). */
	public record DeliveryReport(String id, String status, String phoneNumber, String networkCode, String failureReason,
			int retryCount) {
	}

	@Override
	public synchronized Sent send(Msisdn to, String message) {
		String id = "ATXid_" + UUID.randomUUID().toString().replace("-", "");
		sent.add(new Message(to, message, id));
		if (sent.size() > KEPT) {
			sent.remove(0);
		}
		boolean fails = to.value().endsWith("99");
		String network = to.value().startsWith("250") ? "63510" : "99999"; // MTN Rwanda's
																			// MCC+MNC
		reports.add(new DeliveryReport(id, "Submitted", to.international(), network, "", 0));
		reports.add(new DeliveryReport(id, fails ? "Failed" : "Success", to.international(), network,
				fails ? "DeliveryFailure" : "", 0));
		while (reports.size() > 2 * KEPT) {
			reports.remove(0);
		}
		return new Sent(true, id, "Success");
	}

	/** The messages sent to a number, oldest first. */
	public synchronized List<Message> sentTo(Msisdn to) {
		return sent.stream().filter(m -> m.to().equals(to)).toList();
	}

	/** The delivery reports not posted yet, oldest first; they are the caller's now. */
	public synchronized List<DeliveryReport> takeReports() {
		List<DeliveryReport> taken = List.copyOf(reports);
		reports.clear();
		return taken;
	}

}
