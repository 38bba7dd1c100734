package org.isoko.ordering;

import java.time.Instant;
import java.util.UUID;

import org.isoko.shared.Money;

/**
 * A provider confirmed a payment the order could not take (its reservation had expired,
 * it was cancelled, or another payment had paid it already, or the amount differs): the
 * money must go back to the buyer.
 */
public record OrderPaymentRefused(OrderId order, UUID payment, Money amount, String reason,
		Instant refusedAt) implements OrderEvent {
}
