package org.isoko.payments;

import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A seller's payout reached their mobile-money wallet: the provider reported the transfer
 * successful and the ledger posted it. Published once per payout, in the transaction that
 * records that final status (a report arriving again changes nothing and publishes
 * nothing). Not published when the provider merely accepted the transfer: it may still
 * fail, and the money then returns to the seller's balance.
 *
 * @param order the order whose released share this payout pays; null for a payout of the
 * balance the seller asked for by hand
 * @param amount what was sent, in the seller's currency
 */
public record PayoutSent(UUID payout, @Nullable OrderId order, OrganisationId seller, Money amount, Instant at) {
}
