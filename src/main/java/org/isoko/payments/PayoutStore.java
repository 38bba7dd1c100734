package org.isoko.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.payments.PayoutView.PayoutKind;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of payouts ({@code payments_payout}): sellers' payouts and mobile-money buyer
 * refunds. Status changes are conditional updates from an open state; polling's columns
 * are {@link PollSchedule}'s.
 */
@Repository
class PayoutStore {

	private final JdbcClient jdbc;

	PayoutStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored payout. */
	record Row(UUID id, UUID referenceId, PayoutKind kind, String owner, String payee, Money amount,
			PaymentStatus status, @Nullable String reason, UUID holdTransferId, Instant createdAt, Instant updatedAt,
			int pollAttempts, @Nullable OrderId order) {

		PayoutView view() {
			return new PayoutView(id, kind, amount, "+" + payee, status, reason, createdAt, updatedAt);
		}
	}

	/**
	 * Stores a new CREATED payout whose money the ledger hold {@code hold} keeps;
	 * {@code order} is the order it pays for, if any.
	 */
	void insert(UUID id, UUID reference, PayoutKind kind, String owner, Msisdn payee, Money amount, UUID hold,
			@Nullable OrderId order, Instant now, Instant firstPoll) {
		jdbc.sql(
				"""
						INSERT INTO payments_payout (id, reference_id, kind, owner, payee, amount_minor, currency, status, hold_transfer_id,
						  order_id, created_at, updated_at, next_poll_at)
						VALUES (:id, :reference, :kind, :owner, :payee, :amount, :currency, 'CREATED', :hold, :order, :now, :now, :poll)""")
			.param("id", id)
			.param("reference", reference)
			.param("kind", kind.name())
			.param("owner", owner)
			.param("payee", payee.value())
			.param("amount", amount.minorUnits())
			.param("currency", amount.currency().value())
			.param("hold", hold)
			.param("order", order == null ? null : order.value())
			.param("now", SqlTimes.utc(now))
			.param("poll", SqlTimes.utc(firstPoll))
			.update();
	}

	/** The provider accepted the transfer: PENDING. */
	void markSent(UUID id, Instant now, Instant firstPoll) {
		jdbc.sql(
				"UPDATE payments_payout SET status = 'PENDING', updated_at = :now, next_poll_at = :poll WHERE id = :id AND status = 'CREATED'")
			.param("now", SqlTimes.utc(now))
			.param("poll", SqlTimes.utc(firstPoll))
			.param("id", id)
			.update();
	}

	/** The provider knows a transfer we had not noted as sent (a crash in between). */
	void markPending(UUID id) {
		jdbc.sql("UPDATE payments_payout SET status = 'PENDING' WHERE id = :id AND status = 'CREATED'")
			.param("id", id)
			.update();
	}

	/**
	 * Applies a final status from an open one.
	 * @return 1 when this changed the payout, 0 when it was final already
	 */
	int finish(UUID id, ProviderStatus status, Instant now) {
		return jdbc
			.sql("""
					UPDATE payments_payout SET status = :status, reason = :reason, provider_transaction_id = :transaction, updated_at = :now
					WHERE id = :id AND status IN ('CREATED', 'PENDING')""")
			.param("status", status.state().name())
			.param("reason", status.reason())
			.param("transaction", status.transactionId())
			.param("now", SqlTimes.utc(now))
			.param("id", id)
			.update();
	}

	PageOf<Row> forOwner(String owner, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM payments_payout WHERE owner = :owner")
			.param("owner", owner)
			.query(Long.class)
			.single();
		List<Row> items = jdbc.sql(
				"SELECT * FROM payments_payout WHERE owner = :owner ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
			.param("owner", owner)
			.param("size", page.size())
			.param("offset", page.offset())
			.query(PayoutStore::map)
			.list();
		return PageOf.of(items, page, total);
	}

	boolean forOwnerContains(String owner, UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM payments_payout WHERE id = :id AND owner = :owner")
			.param("id", id)
			.param("owner", owner)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("SELECT * FROM payments_payout WHERE id = :id")
			.param("id", id)
			.query(PayoutStore::map)
			.optional();
	}

	Optional<Row> byReference(UUID referenceId) {
		return jdbc.sql("SELECT * FROM payments_payout WHERE reference_id = :reference")
			.param("reference", referenceId)
			.query(PayoutStore::map)
			.optional();
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("reference_id", UUID.class),
				PayoutKind.valueOf(rs.getString("kind")), rs.getString("owner"), rs.getString("payee"),
				Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
				PaymentStatus.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getObject("hold_transfer_id", UUID.class), SqlTimes.instant(rs, "created_at"),
				SqlTimes.instant(rs, "updated_at"), rs.getInt("poll_attempts"), order(rs));
	}

	private static @Nullable OrderId order(ResultSet rs) throws SQLException {
		UUID order = rs.getObject("order_id", UUID.class);
		return order == null ? null : new OrderId(order);
	}

}
