package org.isoko.payments;

import java.time.Instant;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A payment as buyers and other modules see it: its status and what the buyer must do
 * next.
 */
public record PaymentView(UUID id, OrderId order, Provider provider, Money amount, PaymentStatus status,
		@Nullable String reason, NextStep nextStep, Instant createdAt, Instant updatedAt) {
}
