package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.OrganisationId;
import org.isoko.shared.Money;

/** An order was paid (with the demo provider until the payments module exists). */
public record OrderPaid(OrderId order, OrganisationId seller, Money total, String provider, Instant paidAt) {
}
