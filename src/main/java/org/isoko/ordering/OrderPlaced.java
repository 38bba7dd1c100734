package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.shared.Money;

/**
 * An order was placed and its stock reserved; it waits for payment until
 * {@code expiresAt}.
 */
public record OrderPlaced(OrderId order, String number, UserId buyer, OrganisationId seller, CorridorId corridor,
		Money total, Instant placedAt, Instant expiresAt) implements OrderEvent {
}
