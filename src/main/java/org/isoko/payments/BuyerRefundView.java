package org.isoko.payments;

import java.time.Instant;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Money of an order given back to its buyer, as other modules and people see it.
 *
 * @param provider the provider it goes back through (the one the buyer paid with); null
 * when the order has no provider payment to return it through
 * @param status CREATED (stored, not yet acknowledged by the provider), PENDING,
 * SUCCESSFUL (back with the buyer) or FAILED (the money stays owed to the buyer in the
 * ledger's refund payable)
 * @param reason why a person asked for it (null for refunds of cancelled, declined or
 * expired orders)
 * @param failure the provider's reason when it failed, e.g. {@code PAYEE_NOT_FOUND},
 * {@code ACQ.REASON_TRADE_REFUND_FEE_ERR} or {@code NO_PROVIDER_PAYMENT}
 */
public record BuyerRefundView(UUID id, OrderId order, Money amount, @Nullable Provider provider, PaymentStatus status,
		@Nullable String reason, @Nullable String failure, Instant createdAt, Instant updatedAt) {
}
