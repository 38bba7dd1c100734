package org.isoko.channels.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.isoko.channels.text.Gsm7;
import org.isoko.shared.Msisdn;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages to send, written in the caller's transaction: a message is sent only if what
 * it announces committed, and the sender ({@link SmsSender}) sends it afterwards.
 */
@Component
public class SmsOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	SmsOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public UUID enqueue(Msisdn to, String message, String purpose) {
		return enqueue(to, message, purpose, null).orElseThrow();
	}

	/**
	 * A message announcing something that may be announced twice (an event delivered
	 * again after a restart): the first one with a key is kept, later ones are dropped.
	 */
	public Optional<UUID> enqueue(Msisdn to, String message, String purpose, @Nullable String dedupKey) {
		if (dedupKey != null && jdbc.sql("SELECT COUNT(*) FROM channels_sms_outbox WHERE dedup_key = :key")
			.param("key", dedupKey)
			.query(Long.class)
			.single() > 0) {
			return Optional.empty();
		}
		UUID id = UUID.randomUUID();
		Gsm7.Measure measure = Gsm7.measure(message);
		Instant now = clock.instant();
		jdbc.sql(
				"""
						INSERT INTO channels_sms_outbox (id, recipient, message, purpose, dedup_key, encoding, segments, status, attempts,
						next_attempt_at, created_at) VALUES (:id, :to, :message, :purpose, :key, :encoding, :segments, 'PENDING', 0,
						:now, :now)""")
			.param("id", id)
			.param("to", to.value())
			.param("message", message)
			.param("purpose", purpose)
			.param("key", dedupKey)
			.param("encoding", measure.encoding().name())
			.param("segments", measure.segments())
			.param("now", SqlTimes.utc(now))
			.update();
		return Optional.of(id);
	}

}
