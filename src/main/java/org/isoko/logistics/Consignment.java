package org.isoko.logistics;

import java.time.Instant;

import org.isoko.network.CorridorId;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The parcels of one departure on a corridor under a master waybill, with its cut-off and
 * capacity, what is loaded, and its carrier cost once known.
 */
public record Consignment(ConsignmentId id, CorridorId corridor, HubCode origin, HubCode destination,
		DepartureMode mode, Instant cutoffAt, long capacityGrams, int capacityPieces, long loadedGrams,
		int loadedPieces, String masterWaybill, ConsignmentStatus status, @Nullable String carrierName,
		@Nullable Money carrierCost, Instant createdAt, String createdBy, @Nullable Instant closedAt,
		@Nullable Instant departedAt, @Nullable Instant arrivedAt) {

	public boolean isOpenAt(Instant now) {
		return status == ConsignmentStatus.OPEN && now.isBefore(cutoffAt);
	}

	public long freeGrams() {
		return capacityGrams - loadedGrams;
	}

	public int freePieces() {
		return capacityPieces - loadedPieces;
	}

}
