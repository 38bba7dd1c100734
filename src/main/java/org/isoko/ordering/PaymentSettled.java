package org.isoko.ordering;

import java.time.Instant;
import java.util.UUID;

import org.isoko.shared.Money;

/**
 * The contract of the event a payment provider's confirmation is published as
 * (implemented by the payments module's event, which ordering cannot see): ordering
 * listens for it and marks the order PAID, or refuses it with {@link OrderPaymentRefused}
 * when the order cannot take the money any more.
 */
public interface PaymentSettled {

	/** The payment's id; an order is told about each payment once. */
	UUID payment();

	OrderId orderId();

	Money amount();

	String providerName();

	/** When the provider confirmed it; the order counts as paid at this time. */
	Instant confirmedAt();

}
