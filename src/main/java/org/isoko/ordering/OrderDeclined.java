package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.OrganisationId;

/**
 * The seller declined the order; its stock returned. {@code paid} says whether money must
 * go back to the buyer.
 */
public record OrderDeclined(OrderId order, OrganisationId seller, String reason, boolean paid,
		Instant declinedAt) implements OrderEvent {
}
