package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.OrganisationId;

/** The seller took the order on. */
public record OrderAccepted(OrderId order, OrganisationId seller, Instant acceptedAt) implements OrderEvent {
}
