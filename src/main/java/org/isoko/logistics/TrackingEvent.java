package org.isoko.logistics;

import java.time.Instant;
import java.util.UUID;

import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;

/**
 * One step of a parcel's timeline; immutable. {@code occurredAt} is when it happened (the
 * timeline is ordered by it), {@code recordedAt} when Isoko heard of it: a carrier's late
 * event takes its place in the past rather than at the end.
 *
 * @param carrierCode the carrier's own code for the event, kept next to the milestone
 */
public record TrackingEvent(UUID id, ParcelId parcel, Milestone milestone, Instant occurredAt, Instant recordedAt,
		@Nullable HubCode hub, EventSource source, String actorName, @Nullable String reason,
		@Nullable String carrierEventId, @Nullable String carrierCode) {

	/** What the public tracking page shows: no names, no reasons. */
	public record Public(Milestone milestone, Instant occurredAt, @Nullable HubCode hub) {
	}

	public Public toPublic() {
		return new Public(milestone, occurredAt, hub);
	}

}
