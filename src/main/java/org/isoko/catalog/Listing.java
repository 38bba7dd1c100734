package org.isoko.catalog;

import java.time.Instant;
import java.util.UUID;

import org.isoko.network.CorridorId;

/**
 * A lot offered on one corridor. Paused listings stay visible to the seller but cannot be
 * ordered.
 */
public record Listing(UUID id, LotId lot, CorridorId corridor, ListingStatus status, Instant listedAt,
		Instant changedAt) {

	public boolean isListed() {
		return status == ListingStatus.LISTED;
	}
}
