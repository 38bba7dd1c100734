package org.isoko.payments;

import java.time.Instant;

import org.isoko.ordering.OrderId;
import org.isoko.ordering.RefundedInFull;

/**
 * A refund left the order's escrow empty: everything the buyer paid goes back to them.
 * Published in the refund's transaction.
 */
public record EscrowRefundedInFull(OrderId order, Instant refundedAt) implements RefundedInFull {

	@Override
	public OrderId orderId() {
		return order;
	}
}
