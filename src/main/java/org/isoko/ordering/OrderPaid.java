package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.OrganisationId;
import org.isoko.shared.Money;

/**
 * An order was paid: a provider confirmed the payment (or the demo step, in demo data and
 * tests).
 */
public record OrderPaid(OrderId order, OrganisationId seller, Money total, String provider,
		Instant paidAt) implements OrderEvent {
}
