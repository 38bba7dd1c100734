package org.isoko.payments;

import java.time.Instant;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.ordering.PaymentSettled;
import org.isoko.shared.Money;

/**
 * A provider confirmed a payment; its money is in the order's escrow. Published once per
 * payment, in the capture's transaction; ordering listens to it (as
 * {@link PaymentSettled}) and marks the order PAID or refuses the payment.
 */
public record PaymentSucceeded(UUID payment, OrderId order, Money amount, Provider provider,
		Instant confirmedAt) implements PaymentSettled {

	@Override
	public OrderId orderId() {
		return order;
	}

	@Override
	public String providerName() {
		return provider.name();
	}
}
