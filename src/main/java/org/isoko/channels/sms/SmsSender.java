package org.isoko.channels.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.isoko.shared.Msisdn;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, after the writing transaction committed. A message is
 * claimed before it is sent (its next attempt pushed out in one conditional update), so
 * two instances never send it twice; a failed attempt is retried with a doubling delay,
 * and given up after {@value #MAX_ATTEMPTS} attempts.
 */
@Component
public class SmsSender {

	private static final Logger LOG = LoggerFactory.getLogger(SmsSender.class);

	static final int MAX_ATTEMPTS = 8;

	private static final Duration CLAIM = Duration.ofMinutes(2);

	private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final @Nullable SmsGateway gateway;

	private final Clock clock;

	private final SmsDeliveryReports deliveryReports;

	/**
	 * Without a gateway (production with neither the simulator nor Africa's Talking
	 * selected) messages stay in the outbox, unsent, rather than being pretended sent.
	 */
	SmsSender(JdbcClient jdbc, ObjectProvider<SmsGateway> gateway, Clock clock, SmsDeliveryReports deliveryReports) {
		this.jdbc = jdbc;
		this.deliveryReports = deliveryReports;
		this.gateway = gateway.getIfAvailable();
		if (this.gateway == null) {
			LOG.warn("No SMS gateway: SMS stay in the outbox (channels_sms_outbox) unsent");
		}
		this.clock = clock;
	}

	private record Due(UUID id, Msisdn to, String message, int attempts) {
	}

	/** Sends the due messages; returns how many the gateway took. */
	@Scheduled(fixedDelayString = "${isoko.channels.sms.send-interval:2s}")
	public int sendDue() {
		if (gateway == null) {
			return 0;
		}
		Instant now = clock.instant();
		List<Due> due = jdbc.sql("""
				SELECT id, recipient, message, attempts FROM channels_sms_outbox
				WHERE status = 'PENDING' AND next_attempt_at <= :now ORDER BY next_attempt_at LIMIT 50""")
			.param("now", SqlTimes.utc(now))
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class), new Msisdn(rs.getString("recipient")),
					rs.getString("message"), rs.getInt("attempts")))
			.list();
		int sent = 0;
		for (Due message : due) {
			if (claim(message, now)) {
				sent += send(message, now) ? 1 : 0;
			}
		}
		return sent;
	}

	private boolean claim(Due message, Instant now) {
		return jdbc.sql("""
				UPDATE channels_sms_outbox SET next_attempt_at = :until, attempts = attempts + 1
				WHERE id = :id AND status = 'PENDING' AND attempts = :attempts AND next_attempt_at <= :now""")
			.param("until", SqlTimes.utc(now.plus(CLAIM)))
			.param("id", message.id())
			.param("attempts", message.attempts())
			.param("now", SqlTimes.utc(now))
			.update() == 1;
	}

	private static String truncated(String status) {
		return status.length() > 100 ? status.substring(0, 100) : status;
	}

	private boolean send(Due message, Instant now) {
		SmsGateway gateway = java.util.Objects.requireNonNull(this.gateway);
		try {
			SmsGateway.Sent result = gateway.send(message.to(), message.message());
			jdbc.sql("""
					UPDATE channels_sms_outbox SET status = :status, provider_message_id = :messageId,
					provider_status = :providerStatus, provider_cost_minor = :costMinor,
					provider_cost_currency = :costCurrency, sent_at = :now WHERE id = :id""")
				.param("status", result.accepted() ? "SENT" : "FAILED")
				.param("messageId", result.messageId().isEmpty() ? null : result.messageId())
				.param("providerStatus", truncated(result.status()))
				.param("costMinor", result.cost() == null ? null : result.cost().minorUnits())
				.param("costCurrency", result.cost() == null ? null : result.cost().currency().value())
				.param("now", SqlTimes.utc(now))
				.param("id", message.id())
				.update();
			if (result.accepted() && !result.messageId().isEmpty()) {
				// A delivery report can beat this update to the database.
				deliveryReports.applyKept(result.messageId());
			}
			return result.accepted();
		}
		catch (RuntimeException ex) {
			int attempts = message.attempts() + 1;
			LOG.warn("SMS {} not sent (attempt {}): {}", message.id(), attempts, ex.toString());
			Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
			jdbc.sql("""
					UPDATE channels_sms_outbox SET status = :status, next_attempt_at = :next, provider_status = :error
					WHERE id = :id""")
				.param("status", attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING")
				.param("next", SqlTimes.utc(now.plus(delay)))
				.param("error",
						truncated(ex instanceof SmsGateway.TryLater later ? later.status()
								: ex.getClass().getSimpleName()))
				.param("id", message.id())
				.update();
			return false;
		}
	}

}
