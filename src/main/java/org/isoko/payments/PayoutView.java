package org.isoko.payments;

import java.time.Instant;
import java.util.UUID;

import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A payout of a seller's balance (or a refund to a buyer) to a mobile-money wallet, with
 * its status.
 */
public record PayoutView(UUID id, PayoutKind kind, Money amount, String payee, PaymentStatus status,
		@Nullable String reason, Instant createdAt, Instant updatedAt) {

	public enum PayoutKind {

		SELLER_PAYOUT, BUYER_REFUND

	}
}
