package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.OrganisationId;
import org.isoko.shared.Money;

/** The order is done; the payments module releases escrow to the seller on this event. */
public record OrderCompleted(OrderId order, OrganisationId seller, Money total, Instant completedAt) {
}
