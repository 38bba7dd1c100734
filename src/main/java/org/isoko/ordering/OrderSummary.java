package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.OrganisationId;
import org.isoko.network.CorridorId;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;

/** One order in a list (history, inbox, hub console). */
public record OrderSummary(OrderId id, String number, OrderStatus status, String buyerName, OrganisationId seller,
		String sellerName, CorridorId corridor, HubCode origin, HubCode destination, Money total, int lines,
		Instant placedAt, Instant expiresAt) {
}
