package org.isoko.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When to ask a provider again about the requests we keep open with it — payments,
 * payouts and wallet refunds, one table each with the same columns ({@code status},
 * {@code next_poll_at}, {@code poll_attempts}, {@code polling_stopped_at}): which are
 * due, the exponential back-off, and the polling round that asks about each due one.
 * <p>
 * A round first <em>claims</em> its rows: it takes the due rows by next due time with
 * {@code FOR UPDATE SKIP LOCKED} (instances sharing the database take different rows) and
 * reschedules each before asking anything. So every poll backs its row off, whatever the
 * provider answers (or if it answers nothing, or the instance dies meanwhile), and rows
 * the provider does not know cannot keep newer ones waiting. After
 * {@code isoko.payments.poll.max-attempts} polls a request that is still open stops being
 * polled: it is shown as such in the reconciliation, where an operator resumes it.
 */
@Component
public class PollSchedule {

	private static final Logger LOG = LoggerFactory.getLogger(PollSchedule.class);

	/** A table of open provider requests and the key its polling works by. */
	public enum Requests {

		PAYMENTS("payments_payment", "reference_id", "", "(origin_hub = :hub OR destination_hub = :hub)"),
		PAYOUTS("payments_payout", "reference_id", "", LedgerReports.IN_HUB),
		/**
		 * Mobile-money refunds are polled as payouts: only wallet refunds (with their own
		 * ledger hold) are polled here.
		 */
		REFUNDS("payments_refund", "id", " AND hold_transfer_id IS NOT NULL", LedgerReports.ORDER_IN_HUB);

		private final String table;

		private final String key;

		private final String condition;

		/**
		 * A row of this table concerns the hub {@code :hub} (see {@link LedgerReports}).
		 */
		private final String inHub;

		Requests(String table, String key, String condition, String inHub) {
			this.table = table;
			this.key = key;
			this.condition = condition;
			this.inHub = inHub;
		}

	}

	private record Claimed(UUID id, UUID key, int attempts) {
	}

	private final JdbcClient jdbc;

	private final PaymentsSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PollSchedule(JdbcClient jdbc, PaymentsSettings settings, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * A polling run goes on with another batch while the last one was full, up to this
	 * many batches: a backlog (e.g. after an outage) is worked off in one run instead of
	 * one batch per job interval, and one run still ends.
	 */
	static final int MAX_ROUNDS = 20;

	/**
	 * One polling run: claims the open requests whose time has come (earliest due first,
	 * in batches of {@code limit}), and asks about each.
	 * @param refresh asks the provider about one request (by its key) and applies the
	 * answer; true when that changed it
	 * @param tolerated failures that must not stop the round: the request stays
	 * rescheduled and the next one is asked
	 * @return how many requests changed
	 */
	int pollDue(Requests requests, int limit, Predicate<UUID> refresh, Class<? extends RuntimeException> tolerated) {
		int changed = 0;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			List<Claimed> due = claim(requests, limit);
			for (Claimed claimed : due) {
				try {
					changed += refresh.test(claimed.key()) ? 1 : 0;
				}
				catch (RuntimeException e) {
					if (!tolerated.isInstance(e)) {
						throw e;
					}
					LOG.warn("Polling {} {} failed: {}", requests.table, claimed.key(), e.getMessage());
				}
			}
			if (due.size() < limit) {
				break;
			}
		}
		return changed;
	}

	private List<Claimed> claim(Requests requests, int limit) {
		Instant now = clock.instant();
		int maxAttempts = settings.poll().maxAttempts();
		List<Claimed> claimed = transactions.execute(tx -> {
			List<Claimed> due = jdbc
				.sql("SELECT id, " + requests.key + " AS poll_key, poll_attempts FROM " + requests.table
						+ " WHERE status IN ('CREATED', 'PENDING')" + requests.condition
						+ " AND polling_stopped_at IS NULL AND next_poll_at <= :now ORDER BY next_poll_at, id"
						+ " LIMIT :limit FOR UPDATE SKIP LOCKED")
				.param("now", SqlTimes.utc(now))
				.param("limit", limit)
				.query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getObject("poll_key", UUID.class),
						rs.getInt("poll_attempts")))
				.list();
			for (Claimed row : due) {
				boolean last = row.attempts() + 1 >= maxAttempts;
				jdbc.sql("UPDATE " + requests.table + " SET poll_attempts = poll_attempts + 1, next_poll_at = :next,"
						+ " polling_stopped_at = :stopped WHERE id = :id")
					.param("next", SqlTimes.utc(now.plus(settings.poll().waitAfter(row.attempts()))))
					.param("stopped", last ? SqlTimes.utc(now) : null)
					.param("id", row.id())
					.update();
				if (last) {
					LOG.warn("{} {} is still open after {} polls: polling stops, an operator resumes it from the"
							+ " reconciliation", requests.table, row.key(), row.attempts() + 1);
				}
			}
			return due;
		});
		return claimed == null ? List.of() : claimed;
	}

	/**
	 * Exponential back-off of one open request (by its id): first after
	 * {@code firstAfter}, doubling up to {@code maxInterval}. For requests that got no
	 * final answer outside a polling round (e.g. a refund the provider could not take
	 * now).
	 */
	void backOff(Requests requests, UUID id, int attempts, Instant now) {
		jdbc.sql("UPDATE " + requests.table + " SET poll_attempts = poll_attempts + 1, next_poll_at = :next"
				+ " WHERE id = :id AND status IN ('CREATED', 'PENDING')")
			.param("next", SqlTimes.utc(now.plus(settings.poll().waitAfter(attempts))))
			.param("id", id)
			.update();
	}

	/** An open request whose polling stopped after the last attempt. */
	public record Stopped(Requests requests, UUID id, UUID referenceId, Provider provider, Money amount,
			PaymentStatus status, int attempts, Instant createdAt, Instant stoppedAt) {
	}

	/**
	 * Every open request whose polling stopped, the longest stopped first: for an
	 * operator to look at the provider and resume it.
	 */
	PageOf<Stopped> stopped(PageRequest page) {
		return stopped(null, page);
	}

	/**
	 * The stopped requests of orders of {@code hub} (origin or destination; all for
	 * null), the longest stopped first.
	 */
	public PageOf<Stopped> stopped(@Nullable HubCode hub, PageRequest page) {
		String open = " WHERE polling_stopped_at IS NOT NULL AND status IN ('CREATED', 'PENDING')";
		String union = "SELECT 'PAYMENTS' AS requests, id, reference_id, provider, amount_minor, currency, status,"
				+ " poll_attempts, created_at, polling_stopped_at FROM payments_payment" + open
				+ inHub(Requests.PAYMENTS, hub)
				+ " UNION ALL SELECT 'PAYOUTS', id, reference_id, 'MOMO', amount_minor, currency, status,"
				+ " poll_attempts, created_at, polling_stopped_at FROM payments_payout" + open
				+ inHub(Requests.PAYOUTS, hub)
				+ " UNION ALL SELECT 'REFUNDS', id, trade_reference, provider, amount_minor, currency, status,"
				+ " poll_attempts, created_at, polling_stopped_at FROM payments_refund" + open
				+ Requests.REFUNDS.condition + inHub(Requests.REFUNDS, hub);
		var count = jdbc.sql("SELECT COUNT(*) FROM (" + union + ") x");
		var select = jdbc
			.sql("SELECT * FROM (" + union + ") x ORDER BY polling_stopped_at, id LIMIT :size OFFSET :offset")
			.param("size", page.size())
			.param("offset", page.offset());
		if (hub != null) {
			count = count.param("hub", hub.value());
			select = select.param("hub", hub.value());
		}
		long total = count.query(Long.class).single();
		List<Stopped> items = select
			.query((rs, n) -> new Stopped(Requests.valueOf(rs.getString("requests")), rs.getObject("id", UUID.class),
					rs.getObject("reference_id", UUID.class), Provider.valueOf(rs.getString("provider")),
					Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
					PaymentStatus.valueOf(rs.getString("status")), rs.getInt("poll_attempts"),
					SqlTimes.instant(rs, "created_at"), SqlTimes.instant(rs, "polling_stopped_at")))
			.list();
		return PageOf.of(items, page, total);
	}

	/**
	 * An operator resumes polling an open request that it had stopped (by its id): asked
	 * at the next round, with a fresh attempt count.
	 * @return false when no open request of that id has stopped polling
	 */
	boolean resume(Requests requests, UUID id) {
		return resume(requests, id, null);
	}

	/**
	 * Resumes a stopped request of an order of {@code hub} (any for null).
	 * @return false when no open request of that id, of that hub, has stopped polling
	 */
	public boolean resume(Requests requests, UUID id, @Nullable HubCode hub) {
		var update = jdbc
			.sql("UPDATE " + requests.table + " SET polling_stopped_at = NULL, poll_attempts = 0,"
					+ " next_poll_at = :now WHERE id = :id AND polling_stopped_at IS NOT NULL"
					+ " AND status IN ('CREATED', 'PENDING')" + inHub(requests, hub))
			.param("now", SqlTimes.utc(clock.instant()))
			.param("id", id);
		return (hub == null ? update : update.param("hub", hub.value())).update() == 1;
	}

	private static String inHub(Requests requests, @Nullable HubCode hub) {
		return hub == null ? "" : " AND " + requests.inHub;
	}

}
