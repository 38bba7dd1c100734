package org.isoko.drops;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/**
 * The naive reservation strategy, kept to measure the batched one against: every claim is
 * its own transaction that locks the drop's row with {@code SELECT … FOR UPDATE}, checks
 * what is left, updates it and writes one order. Correct (the row lock serialises buyers)
 * but the hot row admits one order per commit.
 */
@Component
class DropSelectForUpdate {

	private final DropReservationWriter writer;

	DropSelectForUpdate(DropReservationWriter writer) {
		this.writer = writer;
	}

	CompletableFuture<DropOutcome> reserve(DropClaim claim) {
		try {
			return CompletableFuture.completedFuture(writer.write(List.of(claim), true).get(0));
		}
		catch (RuntimeException e) {
			return CompletableFuture.completedFuture(new DropOutcome.Failed(e));
		}
	}

}
