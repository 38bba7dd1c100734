package org.isoko.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.isoko.identity.UserId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays refunds back to buyers through the provider they paid with, driven by
 * {@link BuyerRefundDue}. Like payouts, in steps that are each safe to crash after:
 * <ol>
 * <li>prepare: store the refund under the escrow refund's key, with the order's
 * successful payment, and take its money on its way out of the refund payable (a hold
 * into "in transit") — one transaction, committed before any provider call;</li>
 * <li>send: mobile money as a disbursement transfer to the number that paid
 * ({@link Payouts}, which holds and settles the money itself); the wallet through its
 * refund API with the refund's id as {@code out_request_no}, so that a resend never
 * refunds twice;</li>
 * <li>apply the provider's final status once: SUCCESSFUL posts the hold (the money leaves
 * the provider's clearing account), FAILED voids it (the money is owed to the buyer
 * again, and the refund shows as failed).</li>
 * </ol>
 * A redelivered event finds the stored refund and only resends what the provider has not
 * acknowledged; the polling job ({@link #pollDue}) resends wallet refunds that never got
 * an answer and asks about pending ones.
 */
@Service
class BuyerRefunds implements OrderRefunds {

	/**
	 * Failure of a refund whose order was not paid through a provider: nothing can carry
	 * the money back.
	 */
	static final String NO_PROVIDER_PAYMENT = "NO_PROVIDER_PAYMENT";

	private static final Logger LOG = LoggerFactory.getLogger(BuyerRefunds.class);

	private final JdbcClient jdbc;

	private final Payouts payouts;

	private final PayoutPostings postings;

	private final Map<Provider, TradeRefunds> tradeRefunds;

	private final PaymentsSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final PollSchedule schedule;

	BuyerRefunds(JdbcClient jdbc, Payouts payouts, PayoutPostings postings, List<TradeRefunds> tradeRefunds,
			PaymentsSettings settings, TransactionTemplate transactions, Clock clock, PollSchedule schedule) {
		this.schedule = schedule;
		this.jdbc = jdbc;
		this.payouts = payouts;
		this.postings = postings;
		this.tradeRefunds = tradeRefunds.stream()
			.collect(Collectors.toMap(TradeRefunds::provider, Function.identity()));
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * What is owed back to a buyer; {@code requestedBy} and {@code reason} when a person
	 * asked for it.
	 */
	record Due(String order, Money amount, String refundKey, @Nullable UserId requestedBy, @Nullable String reason) {

		static Due of(BuyerRefundDue event) {
			return new Due(event.order(), event.amount(), event.refundKey(), null, null);
		}
	}

	/**
	 * Runs after the escrow refund committed, outside any transaction of its own:
	 * {@link #prepare} commits before {@link #send} calls the provider. A failure leaves
	 * the event publication incomplete, to be delivered again.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(BuyerRefundDue due) {
		payBack(due);
	}

	/**
	 * What the listener does, callable directly (the listener itself runs
	 * asynchronously).
	 */
	BuyerRefundView payBack(BuyerRefundDue due) {
		return send(prepare(Due.of(due)));
	}

	/**
	 * Step 1: stores the refund and holds its money, in the caller's transaction if there
	 * is one (a person's refund request stores it with the escrow refund). The same
	 * refund key again changes nothing and returns the same id.
	 */
	UUID prepare(Due due) {
		UUID id = idOf(due.refundKey());
		UUID prepared = transactions.execute(tx -> {
			if (find(id).isPresent()) {
				return id;
			}
			Instant now = clock.instant();
			Optional<PaidWith> payment = paidWith(due.order(), due.amount());
			if (payment.isEmpty()) {
				// Escrow held money the order never paid through a provider (demo or test
				// postings): it stays owed to the
				// buyer in the refund payable, and the failed refund says why.
				LOG.warn(
						"Refund {} of order {} has no provider payment to go back through; it stays in the refund payable",
						due.amount(), due.order());
				insert(id, due, null, PaymentStatus.FAILED, now).param("failure", NO_PROVIDER_PAYMENT).update();
				return id;
			}
			PaidWith paid = payment.get();
			if (paid.provider() == Provider.MOMO) {
				UUID payout = payouts.createBuyerRefund(due.order(), Msisdn.of(paid.payer()), due.amount(),
						"buyer-refund:" + id);
				insert(id, due, paid, PaymentStatus.CREATED, now).param("payout", payout).update();
				return id;
			}
			Ledger.Posted hold = postings.hold("refund-hold:" + id, correlation(id),
					Accounts.refundPayable(due.order(), due.amount().currency()),
					Accounts.refundInTransit(due.order(), due.amount().currency()), due.amount(), now);
			insert(id, due, paid, PaymentStatus.CREATED, now).param("hold", hold.transferIds().get(0)).update();
			return id;
		});
		return prepared == null ? id : prepared;
	}

	private JdbcClient.StatementSpec insert(UUID id, Due due, @Nullable PaidWith paid, PaymentStatus status,
			Instant now) {
		return jdbc
			.sql("""
					INSERT INTO payments_refund (id, refund_key, order_ref, amount_minor, currency, status, provider, payment_id, trade_reference,
					  payout_id, hold_transfer_id, failure_reason, reason, requested_by, created_at, updated_at, next_poll_at)
					VALUES (:id, :key, :order, :amount, :currency, :status, :provider, :payment, :trade, :payout, :hold, :failure, :reason, :by,
					  :now, :now, :poll)""")
			.param("id", id)
			.param("key", due.refundKey())
			.param("order", due.order())
			.param("amount", due.amount().minorUnits())
			.param("currency", due.amount().currency().value())
			.param("status", status.name())
			.param("provider", paid == null ? null : paid.provider().name())
			.param("payment", paid == null ? null : paid.id())
			.param("trade", paid == null ? null : paid.reference())
			.param("payout", null)
			.param("hold", null)
			.param("failure", null)
			.param("reason", due.reason())
			.param("by", due.requestedBy() == null ? null : due.requestedBy().value())
			.param("now", SqlTimes.utc(now))
			.param("poll", SqlTimes.utc(now.plus(settings.poll().staleAfter())));
	}

	/**
	 * Step 2: sends a stored refund to its provider. Mobile money goes through its
	 * payout; a wallet refund is asked for (again) while the provider has not
	 * acknowledged it. An unreachable provider leaves it for the polling job.
	 */
	BuyerRefundView send(UUID id) {
		Row row = row(id);
		if (row.payoutId() != null) {
			payouts.send(row.payoutId());
		}
		else if (row.status() == PaymentStatus.CREATED) {
			ask(row);
		}
		return view(id);
	}

	/**
	 * Asks the provider to refund; the same request number again never refunds twice, so
	 * this is safe to repeat.
	 */
	private void ask(Row row) {
		try {
			ProviderStatus answer = provider(row).refund(row.tradeReference(), row.amount(), row.id().toString(),
					describe(row));
			jdbc.sql(
					"UPDATE payments_refund SET status = 'PENDING', updated_at = :now WHERE id = :id AND status = 'CREATED'")
				.param("now", SqlTimes.utc(clock.instant()))
				.param("id", row.id())
				.update();
			apply(row.id(), answer);
		}
		catch (ProviderUnavailable e) {
			LOG.warn("Refund {} stays {}, the polling job will ask again: {}", row.id(), row.status(), e.getMessage());
			reschedule(row.id(), row.pollAttempts(), clock.instant());
		}
	}

	/**
	 * Step 3: applies the provider's report once; SUCCESSFUL posts the hold, FAILED voids
	 * it; later reports change nothing.
	 */
	boolean apply(UUID id, ProviderStatus status) {
		Boolean changed = transactions.execute(tx -> {
			Row row = row(id);
			Instant now = clock.instant();
			if (!status.state().isFinal()) {
				return false; // the polling round that asked has already rescheduled it
			}
			if (status.state() == ProviderStatus.State.SUCCESSFUL && !matches(row.amount(), status)) {
				LOG.error("Provider confirmed {} {} for refund {} of {}; not applied", status.amount(),
						status.currency(), id, row.amount());
				return false;
			}
			int updated = jdbc
				.sql("""
						UPDATE payments_refund SET status = :status, failure_reason = :reason, provider_transaction_id = :transaction, updated_at = :now
						WHERE id = :id AND status IN ('CREATED', 'PENDING')""")
				.param("status", status.state().name())
				.param("reason", status.state() == ProviderStatus.State.FAILED ? status.reason() : null)
				.param("transaction", status.transactionId())
				.param("now", SqlTimes.utc(now))
				.param("id", id)
				.update();
			if (updated == 0) {
				return false;
			}
			if (status.state() == ProviderStatus.State.SUCCESSFUL) {
				postings.settle("refund-settled:" + id, correlation(id), row.holdTransferId(), row.provider(), now);
			}
			else {
				LOG.warn("Refund {} of order {} failed at {} ({}); the money is owed to the buyer again", row.amount(),
						row.order(), row.provider(), status.reason());
				postings.fail("refund-failed:" + id, correlation(id), row.holdTransferId(), now);
			}
			return true;
		});
		return Boolean.TRUE.equals(changed);
	}

	/**
	 * Asks the provider about one open wallet refund and applies the answer; resends it
	 * when the provider never got it.
	 */
	boolean refresh(UUID id) {
		Row row = row(id);
		if (row.payoutId() != null || row.status().isFinal() || row.provider() == null) {
			return false; // mobile-money refunds are polled as payouts
		}
		Optional<ProviderStatus> status = provider(row).refundStatus(row.tradeReference(), id.toString());
		if (status.isEmpty()) {
			ask(row); // a crash before the request left, or it was lost: the same request
						// number again
			return row(id).status().isFinal();
		}
		jdbc.sql("UPDATE payments_refund SET status = 'PENDING' WHERE id = :id AND status = 'CREATED'")
			.param("id", id)
			.update();
		return apply(id, status.get());
	}

	/** The polling and recovery job: every open wallet refund whose time has come. */
	int pollDue(int limit) {
		// RuntimeException: one refund the provider cannot answer about must not stop the
		// others.
		return schedule.pollDue(PollSchedule.Requests.REFUNDS, limit, this::refresh, RuntimeException.class);
	}

	private void reschedule(UUID id, int attempts, Instant now) {
		schedule.backOff(PollSchedule.Requests.REFUNDS, id, attempts, now);
	}

	@Override
	public List<BuyerRefundView> refunds(OrderId order) {
		return refunds(order.value().toString());
	}

	List<BuyerRefundView> refunds(String order) {
		return jdbc.sql(SELECT + " WHERE r.order_ref = :order ORDER BY r.created_at, r.id")
			.param("order", order)
			.query(BuyerRefunds::map)
			.list()
			.stream()
			.map(Row::view)
			.toList();
	}

	PageOf<BuyerRefundView> page(String order, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM payments_refund WHERE order_ref = :order")
			.param("order", order)
			.query(Long.class)
			.single();
		List<BuyerRefundView> items = jdbc
			.sql(SELECT + " WHERE r.order_ref = :order ORDER BY r.created_at DESC, r.id LIMIT :size OFFSET :offset")
			.param("order", order)
			.param("size", page.size())
			.param("offset", page.offset())
			.query(BuyerRefunds::map)
			.list()
			.stream()
			.map(Row::view)
			.toList();
		return PageOf.of(items, page, total);
	}

	BuyerRefundView view(UUID id) {
		return row(id).view();
	}

	static UUID idOf(String refundKey) {
		return Ledger.nameUuid("buyer-refund:" + refundKey);
	}

	static String correlation(UUID id) {
		return "refund:" + id;
	}

	private TradeRefunds provider(Row row) {
		TradeRefunds refunds = row.provider() == null ? null : tradeRefunds.get(row.provider());
		if (refunds == null) {
			throw new IllegalStateException(
					"No refund API for provider " + row.provider() + " (refund " + row.id() + ")");
		}
		return refunds;
	}

	private static String describe(Row row) {
		return row.reason() == null || row.reason().isBlank() ? "Isoko order " + row.order() + " refund" : row.reason();
	}

	private static boolean matches(Money amount, ProviderStatus status) {
		if (status.amount() == null || status.currency() == null) {
			return true;
		}
		try {
			return Money.of(status.amount(), status.currency()).equals(amount);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/**
	 * The payment a refund goes back through: the order's successful one, in the refund's
	 * currency.
	 */
	record PaidWith(UUID id, UUID reference, Provider provider, @Nullable String payer) {
	}

	private Optional<PaidWith> paidWith(String order, Money amount) {
		return jdbc.sql("""
				SELECT id, reference_id, provider, payer FROM payments_payment
				WHERE order_ref = :order AND status = 'SUCCESSFUL' AND currency = :currency ORDER BY updated_at, id""")
			.param("order", order)
			.param("currency", amount.currency().value())
			.query((rs, n) -> new PaidWith(rs.getObject("id", UUID.class), rs.getObject("reference_id", UUID.class),
					Provider.valueOf(rs.getString("provider")), rs.getString("payer")))
			.list()
			.stream()
			.findFirst();
	}

	private Optional<Row> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(BuyerRefunds::map).optional();
	}

	private Row row(UUID id) {
		return find(id).orElseThrow(() -> NotFound.of("Refund", id));
	}

	/**
	 * A mobile-money refund's status is its payout's: Payouts follows the transfer and
	 * moves the money.
	 */
	private static final String SELECT = """
			SELECT r.*, p.status AS payout_status, p.reason AS payout_reason, p.updated_at AS payout_updated_at
			FROM payments_refund r LEFT JOIN payments_payout p ON p.id = r.payout_id""";

	record Row(UUID id, String order, Money amount, PaymentStatus status, @Nullable Provider provider,
			@Nullable UUID tradeReference, @Nullable UUID payoutId, @Nullable UUID holdTransferId,
			@Nullable String failure, @Nullable String reason, Instant createdAt, Instant updatedAt, int pollAttempts) {

		BuyerRefundView view() {
			return new BuyerRefundView(id, order, amount, provider, status, reason, failure, createdAt, updatedAt);
		}
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		String provider = rs.getString("provider");
		boolean payout = rs.getString("payout_status") != null;
		Instant updated = SqlTimes.instant(rs, "updated_at");
		Instant payoutUpdated = SqlTimes.instant(rs, "payout_updated_at");
		return new Row(rs.getObject("id", UUID.class), rs.getString("order_ref"),
				Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
				PaymentStatus.valueOf(payout ? rs.getString("payout_status") : rs.getString("status")),
				provider == null ? null : Provider.valueOf(provider), rs.getObject("trade_reference", UUID.class),
				rs.getObject("payout_id", UUID.class), rs.getObject("hold_transfer_id", UUID.class),
				payout ? rs.getString("payout_reason") : rs.getString("failure_reason"), rs.getString("reason"),
				SqlTimes.instant(rs, "created_at"),
				payoutUpdated != null && payoutUpdated.isAfter(updated) ? payoutUpdated : updated,
				rs.getInt("poll_attempts"));
	}

}
