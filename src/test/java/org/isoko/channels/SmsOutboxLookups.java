package org.isoko.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the SMS tests read of the outbox. A message is written by an event listener after
 * the transaction that published its event commits, on another thread, so the look-ups
 * wait for it, or for the listeners to be done when nothing should be written.
 */
@Component
class SmsOutboxLookups {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/** A message of the outbox as the gateway gets it. */
	record Sms(String recipient, String message, String purpose, String encoding) {
	}

	private final JdbcClient jdbc;

	SmsOutboxLookups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The message with this key once it is written; there must be one only. */
	Sms awaitMessage(String key) throws InterruptedException {
		Instant until = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(until)) {
			List<Sms> rows = jdbc
				.sql("SELECT recipient, message, purpose, encoding FROM channels_sms_outbox WHERE dedup_key = :key")
				.param("key", key)
				.query((rs, n) -> new Sms(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
				.list();
			if (!rows.isEmpty()) {
				assertThat(rows).as("one message for " + key).hasSize(1);
				return rows.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no SMS for " + key);
	}

	long messages(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM channels_sms_outbox WHERE dedup_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	long messagesFor(String purpose) {
		return jdbc.sql("SELECT COUNT(*) FROM channels_sms_outbox WHERE purpose = :purpose")
			.param("purpose", purpose)
			.query(Long.class)
			.single();
	}

	/**
	 * Waits until the listeners whose id names {@code listener} (a class's simple name)
	 * have handled every event published so far.
	 */
	void awaitListeners(String listener) throws InterruptedException {
		Instant until = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(until)) {
			long open = jdbc.sql("""
					SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL
					AND listener_id LIKE :listener""")
				.param("listener", "%" + listener + "%")
				.query(Long.class)
				.single();
			if (open == 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the " + listener + " listener did not finish");
	}

	/** The order's number, as messages name it. */
	String orderNumber(String order) {
		return jdbc.sql("SELECT number FROM ordering_order WHERE id = :id")
			.param("id", UUID.fromString(order))
			.query(String.class)
			.single();
	}

}
