package org.isoko.payments;

import java.time.Instant;

import org.isoko.identity.OrganisationId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.Money;

/**
 * An order's release credited the seller's payable with {@code amount} (in the seller's
 * currency). Published once per release, in its transaction; the automatic payout listens
 * to it.
 */
public record SellerShareReleased(OrderId order, OrganisationId seller, Money amount, Instant releasedAt) {
}
