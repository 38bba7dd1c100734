package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * An order was called off before shipping; its stock returned. {@code paid} says whether
 * money must go back.
 */
public record OrderCancelled(OrderId order, @Nullable UserId by, String reason, boolean paid,
		Instant cancelledAt) implements OrderEvent {
}
