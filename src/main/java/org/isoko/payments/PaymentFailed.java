package org.isoko.payments;

import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * A provider reported a payment as failed (declined, not enough funds, expired…); no
 * money moved.
 */
public record PaymentFailed(UUID payment, OrderId order, Provider provider, @Nullable String reason) {
}
