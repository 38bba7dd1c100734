package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.OrganisationId;

/** The seller handed the order to a carrier. */
public record OrderShipped(OrderId order, OrganisationId seller, String carrier, String trackingNumber,
		Instant shippedAt) implements OrderEvent {
}
