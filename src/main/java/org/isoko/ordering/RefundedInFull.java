package org.isoko.ordering;

import java.time.Instant;

/**
 * The contract of the event the payments module publishes when escrow has given back
 * everything a buyer paid for an order (implemented by its event, which ordering cannot
 * see): a cancelled or declined paid order becomes REFUNDED; a paid order its seller or
 * hub operator refunded in full before shipping is cancelled (stock and quota return) and
 * becomes REFUNDED.
 */
public interface RefundedInFull {

	OrderId orderId();

	Instant refundedAt();

}
