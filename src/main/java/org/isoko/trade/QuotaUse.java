package org.isoko.trade;

import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.UserId;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * An order's use of a buyer's cross-border retail quota for {@code year};
 * {@code restoredAt} once given back.
 */
public record QuotaUse(UUID orderId, UserId buyer, int year, Money amount, Instant consumedAt,
		@Nullable Instant restoredAt) {
}
