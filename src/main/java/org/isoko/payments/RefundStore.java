package org.isoko.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of buyer refunds ({@code payments_refund}). A mobile-money refund is paid as a
 * payout, so its status, failure and last change are read from its payout; a wallet
 * refund keeps its own. Status changes are conditional updates from an open state;
 * polling's columns are {@link PollSchedule}'s.
 */
@Repository
class RefundStore {

	/**
	 * A mobile-money refund's status is its payout's: Payouts follows the transfer and
	 * moves the money.
	 */
	private static final String SELECT = """
			SELECT r.*, p.status AS payout_status, p.reason AS payout_reason, p.updated_at AS payout_updated_at
			FROM payments_refund r LEFT JOIN payments_payout p ON p.id = r.payout_id""";

	private final JdbcClient jdbc;

	RefundStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored refund, with its payout's status when it is paid as one. */
	record Row(UUID id, OrderId order, Money amount, PaymentStatus status, @Nullable Provider provider,
			@Nullable UUID tradeReference, @Nullable UUID payoutId, @Nullable UUID holdTransferId,
			@Nullable String failure, @Nullable String reason, Instant createdAt, Instant updatedAt, int pollAttempts) {

		BuyerRefundView view() {
			return new BuyerRefundView(id, order, amount, provider, status, reason, failure, createdAt, updatedAt);
		}
	}

	/**
	 * Stores a new refund: {@code paid} is the payment it goes back through (null when
	 * there is none, and the refund is FAILED with {@code failure}); {@code payout} or
	 * {@code hold} is what keeps its money on the way out.
	 */
	void insert(UUID id, BuyerRefunds.Due due, PaymentStore.@Nullable PaidWith paid, PaymentStatus status,
			@Nullable UUID payout, @Nullable UUID hold, @Nullable String failure, Instant now, Instant firstPoll) {
		jdbc.sql(
				"""
						INSERT INTO payments_refund (id, refund_key, order_ref, amount_minor, currency, status, provider, payment_id, trade_reference,
						  payout_id, hold_transfer_id, failure_reason, reason, requested_by, created_at, updated_at, next_poll_at)
						VALUES (:id, :key, :order, :amount, :currency, :status, :provider, :payment, :trade, :payout, :hold, :failure, :reason, :by,
						  :now, :now, :poll)""")
			.param("id", id)
			.param("key", due.refundKey())
			.param("order", due.order().toString())
			.param("amount", due.amount().minorUnits())
			.param("currency", due.amount().currency().value())
			.param("status", status.name())
			.param("provider", paid == null ? null : paid.provider().name())
			.param("payment", paid == null ? null : paid.id())
			.param("trade", paid == null ? null : paid.reference())
			.param("payout", payout)
			.param("hold", hold)
			.param("failure", failure)
			.param("reason", due.reason())
			.param("by", due.requestedBy() == null ? null : due.requestedBy().value())
			.param("now", SqlTimes.utc(now))
			.param("poll", SqlTimes.utc(firstPoll))
			.update();
	}

	/** The provider answered the refund request: PENDING. */
	void markSent(UUID id, Instant now) {
		jdbc.sql(
				"UPDATE payments_refund SET status = 'PENDING', updated_at = :now WHERE id = :id AND status = 'CREATED'")
			.param("now", SqlTimes.utc(now))
			.param("id", id)
			.update();
	}

	/** The provider knows a refund we had not noted as sent (a crash in between). */
	void markPending(UUID id) {
		jdbc.sql("UPDATE payments_refund SET status = 'PENDING' WHERE id = :id AND status = 'CREATED'")
			.param("id", id)
			.update();
	}

	/**
	 * Applies a final status from an open one.
	 * @return 1 when this changed the refund, 0 when it was final already
	 */
	int finish(UUID id, ProviderStatus status, Instant now) {
		return jdbc
			.sql("""
					UPDATE payments_refund SET status = :status, failure_reason = :reason, provider_transaction_id = :transaction, updated_at = :now
					WHERE id = :id AND status IN ('CREATED', 'PENDING')""")
			.param("status", status.state().name())
			.param("reason", status.state() == ProviderStatus.State.FAILED ? status.reason() : null)
			.param("transaction", status.transactionId())
			.param("now", SqlTimes.utc(now))
			.param("id", id)
			.update();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(RefundStore::map).optional();
	}

	/** The order's refunds, oldest first. */
	List<Row> forOrder(OrderId order) {
		return jdbc.sql(SELECT + " WHERE r.order_ref = :order ORDER BY r.created_at, r.id")
			.param("order", order.toString())
			.query(RefundStore::map)
			.list();
	}

	/** One page of the order's refunds, newest first. */
	PageOf<Row> page(OrderId order, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM payments_refund WHERE order_ref = :order")
			.param("order", order.toString())
			.query(Long.class)
			.single();
		List<Row> items = jdbc
			.sql(SELECT + " WHERE r.order_ref = :order ORDER BY r.created_at DESC, r.id LIMIT :size OFFSET :offset")
			.param("order", order.toString())
			.param("size", page.size())
			.param("offset", page.offset())
			.query(RefundStore::map)
			.list();
		return PageOf.of(items, page, total);
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		String provider = rs.getString("provider");
		boolean payout = rs.getString("payout_status") != null;
		Instant updated = SqlTimes.instant(rs, "updated_at");
		Instant payoutUpdated = SqlTimes.instant(rs, "payout_updated_at");
		return new Row(rs.getObject("id", UUID.class), OrderId.of(rs.getString("order_ref")),
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
