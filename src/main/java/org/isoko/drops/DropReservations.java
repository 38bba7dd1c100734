package org.isoko.drops;

import java.util.concurrent.CompletableFuture;

/**
 * The reservation hot path of drops: takes units from a drop's stock row, charges the
 * buyer's allowance and writes the order, or says why not. Two strategies
 * ({@code isoko.drops.strategy}): {@code batched} (the default, see
 * {@link DropGroupCommit}) and {@code naive} ({@link DropSelectForUpdate}, kept for
 * comparison in the benchmark).
 */
interface DropReservations {

	CompletableFuture<DropOutcome> reserve(DropClaim claim);

}
