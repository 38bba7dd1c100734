package org.isoko.catalog;

import org.isoko.network.CorridorId;

/** A seller paused a lot on a corridor: no new orders until resumed. */
public record ListingPaused(LotId lot, CorridorId corridor) {
}
