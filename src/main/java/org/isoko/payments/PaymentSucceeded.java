package org.isoko.payments;

import java.time.Instant;
import java.util.UUID;

import org.isoko.shared.Money;

/** A provider confirmed a payment; its money is in the order's escrow. Published once per payment. */
public record PaymentSucceeded(UUID payment, String order, Money amount, Provider provider, Instant confirmedAt) {
}
