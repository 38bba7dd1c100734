package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.OrganisationId;
import org.isoko.network.CorridorId;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;

/**
 * One order in a list (history, inbox, hub console). {@code sellerTotal} is the goods at
 * the seller's own prices, in the seller's currency, as the order keeps them (the figure
 * the seller's order page shows): the seller's inbox lists it instead of the buyer's
 * total.
 */
public record OrderSummary(OrderId id, String number, OrderStatus status, String buyerName, OrganisationId seller,
		String sellerName, CorridorId corridor, HubCode origin, HubCode destination, Money total, int lines,
		Instant placedAt, Instant expiresAt, Money sellerTotal) {
}
