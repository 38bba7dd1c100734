package org.isoko.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of payments ({@code payments_payment}). Status changes are conditional updates
 * from an open state, so that of two reports only the first changes a payment; polling's
 * columns are {@link PollSchedule}'s.
 */
@Repository
class PaymentStore {

	private final JdbcClient jdbc;

	PaymentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored payment. */
	record Row(UUID id, UUID referenceId, Provider provider, OrderId order, @Nullable String payer, Money amount,
			PaymentStatus status, @Nullable String reason, @Nullable String nextAction, @Nullable String redirectUrl,
			@Nullable String qrPayload, Instant createdAt, Instant updatedAt, int pollAttempts) {

		PaymentView view() {
			NextStep next = status != PaymentStatus.PENDING || nextAction == null ? NextStep.none()
					: new NextStep(NextStep.Kind.valueOf(nextAction), redirectUrl, qrPayload);
			return new PaymentView(id, order, provider, amount, status, reason, next, createdAt, updatedAt);
		}
	}

	/**
	 * Stores a new CREATED payment with a fresh reference id.
	 * @throws org.springframework.dao.DuplicateKeyException when the order has another
	 * open or successful payment ({@code payments_payment_one_open})
	 */
	void insert(UUID id, Payments.Collect collect, Instant now, Instant firstPoll) {
		jdbc.sql(
				"""
						INSERT INTO payments_payment (id, reference_id, provider, order_ref, open_order_ref, payer_user_id, payer, amount_minor,
						  currency, status, idempotency_key, seller_org_id, origin_hub, destination_hub, created_at, updated_at, next_poll_at)
						VALUES (:id, :reference, :provider, :order, :order, :user, :payer, :amount, :currency, 'CREATED', :key, :seller, :origin,
						  :destination, :now, :now, :poll)""")
			.param("id", id)
			.param("reference", UUID.randomUUID())
			.param("provider", collect.provider().name())
			.param("order", collect.order().toString())
			.param("user", collect.payerUser() == null ? null : collect.payerUser().value())
			.param("payer", collect.payer() == null ? null : collect.payer().value())
			.param("amount", collect.amount().minorUnits())
			.param("currency", collect.amount().currency().value())
			.param("key", collect.idempotencyKey())
			.param("seller", collect.seller() == null ? null : collect.seller().value())
			.param("origin", collect.origin() == null ? null : collect.origin().value())
			.param("destination", collect.destination() == null ? null : collect.destination().value())
			.param("now", SqlTimes.utc(now))
			.param("poll", SqlTimes.utc(firstPoll))
			.update();
	}

	/** The provider accepted the request: PENDING, with what the payer must do next. */
	void markSent(UUID id, NextStep next, Instant now, Instant firstPoll) {
		jdbc.sql(
				"""
						UPDATE payments_payment SET status = 'PENDING', next_action = :kind, redirect_url = :redirect, qr_payload = :qr,
						  updated_at = :now, next_poll_at = :poll WHERE id = :id AND status = 'CREATED'""")
			.param("kind", next.kind().name())
			.param("redirect", next.redirectUrl())
			.param("qr", next.qrPayload())
			.param("now", SqlTimes.utc(now))
			.param("poll", SqlTimes.utc(firstPoll))
			.param("id", id)
			.update();
	}

	/** The provider knows a payment we had not noted as sent (a crash in between). */
	void markPending(UUID id) {
		jdbc.sql("UPDATE payments_payment SET status = 'PENDING' WHERE id = :id AND status = 'CREATED'")
			.param("id", id)
			.update();
	}

	/**
	 * Applies a final status from an open one. A failed payment frees the order for
	 * another attempt (open_order_ref = NULL); a successful one keeps it taken.
	 * @return 1 when this changed the payment, 0 when it was final already
	 */
	int finish(UUID id, ProviderStatus status, Instant now) {
		return jdbc
			.sql("""
					UPDATE payments_payment SET status = :status, reason = :reason, provider_transaction_id = :transaction, updated_at = :now,
					  open_order_ref = CASE WHEN :failed THEN NULL ELSE open_order_ref END
					WHERE id = :id AND status IN ('CREATED', 'PENDING')""")
			.param("status", status.state().name())
			.param("failed", status.state() == ProviderStatus.State.FAILED)
			.param("reason", status.reason())
			.param("transaction", status.transactionId())
			.param("now", SqlTimes.utc(now))
			.param("id", id)
			.update();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("SELECT * FROM payments_payment WHERE id = :id")
			.param("id", id)
			.query(PaymentStore::map)
			.optional();
	}

	Optional<Row> byReference(UUID referenceId) {
		return jdbc.sql("SELECT * FROM payments_payment WHERE reference_id = :reference")
			.param("reference", referenceId)
			.query(PaymentStore::map)
			.optional();
	}

	/** The payment a buyer's pay request with this Idempotency-Key started. */
	Optional<Row> byKey(OrderId order, String idempotencyKey) {
		return jdbc.sql("SELECT * FROM payments_payment WHERE order_ref = :order AND idempotency_key = :key")
			.param("order", order.toString())
			.param("key", idempotencyKey)
			.query(PaymentStore::map)
			.optional();
	}

	List<Row> forOrder(OrderId order) {
		return jdbc.sql("SELECT * FROM payments_payment WHERE order_ref = :order ORDER BY created_at")
			.param("order", order.toString())
			.query(PaymentStore::map)
			.list();
	}

	/**
	 * The payment a refund goes back through: the order's successful one, in the refund's
	 * currency.
	 */
	record PaidWith(UUID id, UUID reference, Provider provider, @Nullable String payer) {
	}

	/** The order's first successful payment in this currency, if any. */
	Optional<PaidWith> paidWith(OrderId order, CurrencyCode currency) {
		return jdbc.sql("""
				SELECT id, reference_id, provider, payer FROM payments_payment
				WHERE order_ref = :order AND status = 'SUCCESSFUL' AND currency = :currency ORDER BY updated_at, id""")
			.param("order", order.toString())
			.param("currency", currency.value())
			.query((rs, n) -> new PaidWith(rs.getObject("id", UUID.class), rs.getObject("reference_id", UUID.class),
					Provider.valueOf(rs.getString("provider")), rs.getString("payer")))
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Who a payment of an order concerns: what refunds check before anyone sees or gives
	 * one.
	 */
	record Parties(Provider provider, Money amount, PaymentStatus status, @Nullable UUID seller,
			@Nullable UUID payerUser, @Nullable HubCode origin, @Nullable HubCode destination) {
	}

	/** The order's payments with the parties they concern, oldest first. */
	List<Parties> parties(OrderId order) {
		return jdbc
			.sql("""
					SELECT provider, amount_minor, currency, status, seller_org_id, payer_user_id, origin_hub, destination_hub FROM payments_payment
					WHERE order_ref = :order ORDER BY created_at""")
			.param("order", order.toString())
			.query((rs, n) -> new Parties(Provider.valueOf(rs.getString("provider")),
					Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
					PaymentStatus.valueOf(rs.getString("status")), rs.getObject("seller_org_id", UUID.class),
					rs.getObject("payer_user_id", UUID.class), hub(rs.getString("origin_hub")),
					hub(rs.getString("destination_hub"))))
			.list();
	}

	private static @Nullable HubCode hub(@Nullable String code) {
		return code == null ? null : HubCode.of(code);
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("reference_id", UUID.class),
				Provider.valueOf(rs.getString("provider")), OrderId.of(rs.getString("order_ref")),
				rs.getString("payer"), Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
				PaymentStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("next_action"),
				rs.getString("redirect_url"), rs.getString("qr_payload"), SqlTimes.instant(rs, "created_at"),
				SqlTimes.instant(rs, "updated_at"), rs.getInt("poll_attempts"));
	}

}
