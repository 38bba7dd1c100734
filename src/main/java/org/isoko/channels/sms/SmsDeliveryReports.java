package org.isoko.channels.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.isoko.shared.InvalidInput;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery reports: what the network did with a message the provider took. Africa's
 * Talking posts one report per change (Sent, Submitted, Buffered, then Success, Failed,
 * Rejected, AbsentSubscriber or Expired) and posts it again when it did not get a 2xx.
 * Every report is kept (the message's delivery history); a report seen before (same
 * message, status and retry count) changes nothing; the outbox row shows the latest
 * state, and a final state is never replaced by an intermediate one that arrives late. A
 * report may arrive before the sender recorded the provider's message id: it is kept and
 * applied when the id is recorded ({@link #applyKept}).
 */
@Component
public class SmsDeliveryReports {

	/** Africa's Talking's delivery statuses; the final ones rank above the others. */
	static final Map<String, Integer> RANKS = Map.of("Sent", 1, "Submitted", 1, "Buffered", 1, "Rejected", 2, "Success",
			2, "Failed", 2, "AbsentSubscriber", 2, "Expired", 2);

	private final JdbcClient jdbc;

	private final Clock clock;

	SmsDeliveryReports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One report as the provider posts it. */
	public record Report(String id, String status, @Nullable String phoneNumber, @Nullable String networkCode,
			@Nullable String failureReason, int retryCount) {
	}

	/** What became of a report. */
	public enum Outcome {

		/** New, and the message's delivery state is now what it says (or a later one). */
		RECORDED,
		/** Seen before: nothing changed. */
		DUPLICATE,
		/** Kept, for a message id the sender has not recorded (yet). */
		KEPT_UNMATCHED

	}

	@Transactional
	public Outcome record(Report report) {
		validate(report);
		Instant now = clock.instant();
		try {
			if (seen(report)) {
				return Outcome.DUPLICATE;
			}
			jdbc.sql(
					"""
							INSERT INTO channels_sms_delivery_report (provider_message_id, status, retry_count, phone_number,
							network_code, failure_reason, received_at) VALUES (:id, :status, :retry, :phone, :network, :reason, :now)""")
				.param("id", report.id())
				.param("status", report.status())
				.param("retry", report.retryCount())
				.param("phone", trimmed(report.phoneNumber(), 20))
				.param("network", trimmed(report.networkCode(), 10))
				.param("reason", trimmed(report.failureReason(), 100))
				.param("now", SqlTimes.utc(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			return Outcome.DUPLICATE; // the same report, posted twice at once
		}
		return apply(report, now) ? Outcome.RECORDED : Outcome.KEPT_UNMATCHED;
	}

	/**
	 * Applies the reports that came before the provider's message id was recorded on its
	 * outbox row.
	 */
	@Transactional
	public void applyKept(String providerMessageId) {
		jdbc.sql("""
				SELECT provider_message_id, status, retry_count, phone_number, network_code, failure_reason, received_at
				FROM channels_sms_delivery_report WHERE provider_message_id = :id ORDER BY received_at, retry_count""")
			.param("id", providerMessageId)
			.query((rs,
					n) -> new Object[] { new Report(rs.getString(1), rs.getString(2), rs.getString(4), rs.getString(5),
							rs.getString(6), rs.getInt(3)), SqlTimes.instant(rs, "received_at") })
			.list()
			.forEach(row -> apply((Report) row[0], (Instant) row[1]));
	}

	private boolean seen(Report report) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM channels_sms_delivery_report
				WHERE provider_message_id = :id AND status = :status AND retry_count = :retry""")
			.param("id", report.id())
			.param("status", report.status())
			.param("retry", report.retryCount())
			.query(Long.class)
			.single() > 0;
	}

	private record Current(@Nullable String status, int retryCount) {
	}

	private boolean apply(Report report, Instant at) {
		Optional<Current> current = jdbc.sql("""
				SELECT delivery_status, delivery_retry_count FROM channels_sms_outbox WHERE provider_message_id = :id
				FOR UPDATE""")
			.param("id", report.id())
			.query((rs, n) -> new Current(rs.getString(1), rs.getInt(2)))
			.optional();
		if (current.isEmpty()) {
			return false;
		}
		if (!supersedes(report, current.get())) {
			return true; // kept in the history; the row already shows a later state
		}
		jdbc.sql("""
				UPDATE channels_sms_outbox SET delivery_status = :status, delivery_failure_reason = :reason,
				delivery_retry_count = :retry, delivery_reported_at = :at WHERE provider_message_id = :id""")
			.param("status", report.status())
			.param("reason", trimmed(report.failureReason(), 100))
			.param("retry", report.retryCount())
			.param("at", SqlTimes.utc(at))
			.param("id", report.id())
			.update();
		return true;
	}

	/**
	 * A final state beats an intermediate one; between two of the same kind, the later
	 * retry wins (the provider retried delivery and tells how it went).
	 */
	static boolean supersedes(Report report, Current current) {
		if (current.status() == null) {
			return true;
		}
		int rank = RANKS.get(report.status());
		int currentRank = RANKS.getOrDefault(current.status(), 0);
		return rank > currentRank || rank == currentRank && report.retryCount() >= current.retryCount();
	}

	private static void validate(Report report) {
		if (report.id() == null || report.id().isBlank() || report.id().length() > 100) {
			throw new InvalidInput("id", "The provider's message id is required (at most 100 characters)");
		}
		if (report.status() == null || !RANKS.containsKey(report.status())) {
			throw new InvalidInput("status",
					"status must be one of " + String.join(", ", RANKS.keySet().stream().sorted().toList()));
		}
		if (report.retryCount() < 0) {
			throw new InvalidInput("retryCount", "retryCount cannot be negative");
		}
	}

	private static @Nullable String trimmed(@Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim();
		return t.length() > max ? t.substring(0, max) : t;
	}

}
