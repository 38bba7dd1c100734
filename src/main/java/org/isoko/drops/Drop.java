package org.isoko.drops;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.identity.OrganisationId;
import org.isoko.network.CorridorId;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;

/**
 * A drop as stored: part of one lot ({@code quantity} units, taken out of the lot's
 * available stock when it was scheduled), sold from {@code startsAt} (inclusive) to
 * {@code endsAt} (exclusive) on some of the lot's corridors, at most {@code perBuyerCap}
 * units per buyer organisation. {@code remaining} is a snapshot: the database row is the
 * truth. {@code closedAt} is when it closed; {@code closeReason} is set only when a hub
 * operator closed it before its end.
 */
public record Drop(DropId id, String title, LotId lot, String lotReference, OrganisationId seller, HubCode originHub,
		int quantity, int remaining, int perBuyerCap, Instant startsAt, Instant endsAt, boolean closed,
		int returnedToLot, Instant createdAt, @Nullable Instant closedAt, @Nullable String closeReason,
		List<CorridorId> corridors) {

	public Drop {
		corridors = List.copyOf(corridors);
	}

	public DropPhase phase(Instant now) {
		if (closed) { // also a drop closed before it started
			return DropPhase.ENDED;
		}
		if (now.isBefore(startsAt)) {
			return DropPhase.UPCOMING;
		}
		if (!now.isBefore(endsAt)) {
			return DropPhase.ENDED;
		}
		return remaining == 0 ? DropPhase.SOLD_OUT : DropPhase.LIVE;
	}

	/**
	 * Time left until the start (zero once started): the countdown the page shows without
	 * JavaScript.
	 */
	public Duration untilStart(Instant now) {
		return now.isBefore(startsAt) ? Duration.between(now, startsAt) : Duration.ZERO;
	}

	public Duration untilEnd(Instant now) {
		return now.isBefore(endsAt) ? Duration.between(now, endsAt) : Duration.ZERO;
	}

	/** Closed by a hub operator before its end (or before its start). */
	public boolean closedEarly() {
		return closeReason != null;
	}

	/**
	 * Closed by a hub operator before it started: buyers never could order, so it reads
	 * "cancelled", not "ended" (its phase is still {@link DropPhase#ENDED}: orders are
	 * refused the same way).
	 */
	public boolean cancelled() {
		return closed && closedAt != null && closedAt.isBefore(startsAt);
	}

	/**
	 * The phase as people read it: its {@link DropPhase} name, or {@code CANCELLED} for a
	 * drop closed before it started (the key of its label in the bundles).
	 */
	public String phaseLabel(Instant now) {
		return cancelled() ? "CANCELLED" : phase(now).name();
	}

	public int sold() {
		return quantity - remaining - returnedToLot;
	}

	public boolean offeredOn(CorridorId corridor) {
		return corridors.contains(corridor);
	}
}
