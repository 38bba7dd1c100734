package org.isoko.ordering;

import java.time.Instant;

import org.isoko.shared.Money;

/** Money of a declined or cancelled paid order went back to the buyer. */
public record OrderRefunded(OrderId order, Money total, Instant refundedAt) implements OrderEvent {
}
