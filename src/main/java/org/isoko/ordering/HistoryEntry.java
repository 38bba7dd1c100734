package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.UserId;
import org.jspecify.annotations.Nullable;

/** One step of an order's timeline: from (null when placed), to, when, who and why. */
public record HistoryEntry(@Nullable OrderStatus from, OrderStatus to, Instant at, @Nullable UserId actorId,
		String actorName, @Nullable String reason) {
}
