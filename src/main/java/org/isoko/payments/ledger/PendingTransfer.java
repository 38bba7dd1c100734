package org.isoko.payments.ledger;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recorded {@link Phase#PENDING} transfer that no later transfer has resolved yet: a
 * hold that can be posted, voided or expire.
 */
public record PendingTransfer(UUID id, AccountKey debit, AccountKey credit, long amount, TransferCode code,
		@Nullable Instant timeout) {

	public boolean isExpiredAt(Instant now) {
		return timeout != null && !now.isBefore(timeout);
	}
}
