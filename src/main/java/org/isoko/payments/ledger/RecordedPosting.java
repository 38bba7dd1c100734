package org.isoko.payments.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A posting as the ledger recorded it, with its posting time; never changed afterwards.
 */
public record RecordedPosting(UUID id, String idempotencyKey, String correlationId, TransferCode code,
		Instant operationTime, Instant postedAt, LocalDate valueDate, List<Leg> legs, List<UUID> transferIds,
		@Nullable FxDetails fx, @Nullable UUID reverses) {

	public RecordedPosting {
		legs = List.copyOf(legs);
		transferIds = List.copyOf(transferIds);
	}
}
