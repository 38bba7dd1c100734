package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.OrganisationId;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The order is done; the payments module releases escrow on this event, split as the
 * buyer was charged: goods to the seller (less commission), freight and insurance to the
 * carrier, duty and taxes to the destination's customs, fees to the platform.
 *
 * @param charges what the buyer paid, part by part ({@code charges.total()} is
 * {@code total})
 * @param carrier who shipped it (null for orders completed without a shipment)
 * @param destination the hub the goods were delivered to (its country collects the duty
 * and taxes)
 */
public record OrderCompleted(OrderId order, OrganisationId seller, Money total, OrderCharges charges,
		@Nullable String carrier, HubCode destination, Instant completedAt) implements OrderEvent {
}
