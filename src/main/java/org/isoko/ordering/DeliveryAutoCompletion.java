package org.isoko.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.isoko.shared.Conflict;
import org.isoko.shared.SqlTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes orders the buyer neither confirmed nor disputed within
 * {@code isoko.ordering.auto-complete-after} (10 days by default) of their delivery, as
 * large marketplaces do: without it, escrow would hold the seller's money for ever when a
 * buyer never comes back. Completion publishes OrderCompleted, on which the payments
 * module releases the escrow. Each order is completed by the version-checked update of
 * its own transaction, so two instances running this job complete it once.
 * <p>
 * A dispute is, today, a refund request in the payments module, which ordering cannot
 * see; a refund in full moves the order out of DELIVERED, and this job then leaves it.
 */
@Component
class DeliveryAutoCompletion {

	private static final Logger LOG = LoggerFactory.getLogger(DeliveryAutoCompletion.class);

	static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final CarrierShipping shipping;

	private final Clock clock;

	private final Duration after;

	DeliveryAutoCompletion(JdbcClient jdbc, CarrierShipping shipping, Clock clock,
			@Value("${isoko.ordering.auto-complete-after:10d}") Duration after) {
		this.jdbc = jdbc;
		this.shipping = shipping;
		this.clock = clock;
		this.after = after;
	}

	@Scheduled(fixedDelayString = "${isoko.ordering.auto-complete-interval:10m}", initialDelayString = "PT1M")
	void run() {
		int completed = completeDue();
		if (completed > 0) {
			LOG.info("Completed {} delivered order(s) their buyers did not confirm within {}", completed, after);
		}
	}

	/**
	 * @return how many orders this call completed
	 */
	int completeDue() {
		Instant now = clock.instant();
		String reason = "Completed automatically: the buyer neither confirmed nor disputed the delivery within "
				+ after.toDays() + " days; escrow is released to the seller";
		int completed = 0;
		List<OrderId> due;
		do {
			due = due(now.minus(after));
			int before = completed;
			for (OrderId id : due) {
				try {
					completed += shipping.completeUnconfirmed(id, reason, now) ? 1 : 0;
				}
				catch (Conflict lostTheRace) {
					// another instance, or the buyer, changed it first
				}
			}
			if (completed == before) {
				break;
			}
		}
		while (due.size() == BATCH);
		return completed;
	}

	private List<OrderId> due(Instant deliveredBefore) {
		return jdbc.sql("""
				SELECT o.id FROM ordering_order o
				WHERE o.status = 'DELIVERED' AND EXISTS (SELECT 1 FROM ordering_order_history h
				  WHERE h.order_id = o.id AND h.to_status = 'DELIVERED' AND h.occurred_at <= :before)
				ORDER BY o.updated_at LIMIT :limit""")
			.param("before", SqlTimes.utc(deliveredBefore))
			.param("limit", BATCH)
			.query((rs, row) -> new OrderId(rs.getObject("id", UUID.class)))
			.list();
	}

}
