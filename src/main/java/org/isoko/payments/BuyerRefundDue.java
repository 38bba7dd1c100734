package org.isoko.payments;

import java.time.Instant;

import org.isoko.ordering.OrderId;
import org.isoko.shared.Money;

/**
 * Escrow moved {@code amount} of an order to the buyer's refund payable; it must now go
 * back to the buyer through the provider they paid with. Published once per refund
 * posting (replays publish nothing), in the posting's transaction.
 *
 * @param refundKey the refund posting's idempotency key, reused to key the provider-side
 * refund
 */
public record BuyerRefundDue(OrderId order, Money amount, String refundKey, Instant at) {
}
