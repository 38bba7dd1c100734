package org.isoko.ordering;

import java.time.Instant;
import java.util.UUID;

import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which payments an order was told about, and what came of each
 * (ordering_payment_settlement).
 */
@Repository
class PaymentSettlements {

	private final JdbcClient jdbc;

	PaymentSettlements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean known(UUID payment) {
		return jdbc.sql("SELECT COUNT(*) FROM ordering_payment_settlement WHERE payment_id = :payment")
			.param("payment", payment)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * @param refusal why the order refused the payment, or null when it paid the order
	 */
	void record(UUID payment, OrderId order, @Nullable String refusal, Instant at) {
		jdbc.sql("""
				INSERT INTO ordering_payment_settlement (payment_id, order_id, outcome, reason, settled_at)
				VALUES (:payment, :order, :outcome, :reason, :at)""")
			.param("payment", payment)
			.param("order", order.value())
			.param("outcome", refusal == null ? "PAID" : "REFUSED")
			.param("reason", refusal == null ? null : refusal.substring(0, Math.min(refusal.length(), 300)))
			.param("at", SqlTimes.utc(at))
			.update();
	}

}
