package org.isoko.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.isoko.shared.SqlTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When to ask a provider again about the requests we keep open with it — payments,
 * payouts and wallet refunds, one table each with the same columns ({@code status},
 * {@code next_poll_at}, {@code poll_attempts}): which are due, the exponential back-off
 * after a question that got no final answer, and the polling round that asks about each
 * due one.
 */
@Component
class PollSchedule {

	private static final Logger LOG = LoggerFactory.getLogger(PollSchedule.class);

	/** A table of open provider requests and the key its polling works by. */
	enum Requests {

		PAYMENTS("payments_payment", "reference_id", ""), PAYOUTS("payments_payout", "reference_id", ""),
		/**
		 * Mobile-money refunds are polled as payouts: only wallet refunds (with their own
		 * ledger hold) are polled here.
		 */
		REFUNDS("payments_refund", "id", " AND hold_transfer_id IS NOT NULL");

		private final String table;

		private final String key;

		private final String condition;

		Requests(String table, String key, String condition) {
			this.table = table;
			this.key = key;
			this.condition = condition;
		}

	}

	private final JdbcClient jdbc;

	private final PaymentsSettings settings;

	private final Clock clock;

	PollSchedule(JdbcClient jdbc, PaymentsSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * One polling round: asks about every open request whose time has come, oldest first,
	 * at most {@code limit}.
	 * @param refresh asks the provider about one request (by its key) and applies the
	 * answer; true when that changed it
	 * @param tolerated failures that must not stop the round: the request is backed off
	 * and the next one asked
	 * @param backOff backs off one request (by its key) after a tolerated failure
	 * @return how many requests changed
	 */
	int pollDue(Requests requests, int limit, Predicate<UUID> refresh, Class<? extends RuntimeException> tolerated,
			Consumer<UUID> backOff) {
		List<UUID> due = jdbc
			.sql("SELECT " + requests.key + " FROM " + requests.table + " WHERE status IN ('CREATED', 'PENDING')"
					+ requests.condition + " AND next_poll_at <= :now ORDER BY next_poll_at LIMIT :limit")
			.param("now", SqlTimes.utc(clock.instant()))
			.param("limit", limit)
			.query(UUID.class)
			.list();
		int changed = 0;
		for (UUID key : due) {
			try {
				changed += refresh.test(key) ? 1 : 0;
			}
			catch (RuntimeException e) {
				if (!tolerated.isInstance(e)) {
					throw e;
				}
				LOG.warn("Polling {} {} failed: {}", requests.table, key, e.getMessage());
				backOff.accept(key);
			}
		}
		return changed;
	}

	/**
	 * Exponential back-off of one open request (by its id): first after
	 * {@code firstAfter}, doubling up to {@code maxInterval}.
	 */
	void backOff(Requests requests, UUID id, int attempts, Instant now) {
		jdbc.sql("UPDATE " + requests.table + " SET poll_attempts = poll_attempts + 1, next_poll_at = :next"
				+ " WHERE id = :id AND status IN ('CREATED', 'PENDING')")
			.param("next", SqlTimes.utc(now.plus(settings.poll().waitAfter(attempts))))
			.param("id", id)
			.update();
	}

}
