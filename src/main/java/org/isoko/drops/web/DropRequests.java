package org.isoko.drops.web;

import java.time.Instant;
import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.drops.Drop;
import org.isoko.drops.DropFormats;
import org.isoko.drops.DropId;
import org.isoko.drops.DropOrdering.DropOrder;
import org.isoko.drops.DropPhase;
import org.isoko.drops.DropScheduling.ScheduleDrop;
import org.isoko.identity.CurrentUser;
import org.isoko.ordering.Orderer;
import org.isoko.network.CorridorId;
import org.isoko.ordering.web.OrderRequests.AddressRequest;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the drops API. */
final class DropRequests {

	private DropRequests() {
	}

	record CreateDropRequest(@Nullable String title, @Nullable LotId lotId, @Nullable Integer quantity,
			@Nullable Integer perBuyerCap, @Nullable Instant startsAt, @Nullable Instant endsAt,
			@Nullable List<CorridorId> corridors) {

		ScheduleDrop toCommand() {
			return new ScheduleDrop(title, lotId, quantity, perBuyerCap, startsAt, endsAt, corridors);
		}
	}

	/**
	 * The orderer's identity of a cross-border retail drop order, as at checkout: typed
	 * (name, idNumber) or a saved one (savedId).
	 */
	record OrdererRequest(@Nullable String name, @Nullable String idNumber, java.util.@Nullable UUID savedId) {

		Orderer toOrderer() {
			return savedId != null ? Orderer.reused(savedId) : Orderer.typed(name, idNumber);
		}
	}

	record DropOrderRequest(@Nullable Integer quantity, @Nullable CorridorId corridorId,
			@Nullable AddressRequest deliveryAddress, @Nullable OrdererRequest orderer) {

		DropOrder toCommand(CurrentUser buyer) {
			if (quantity == null) {
				throw new InvalidInput("quantity", "quantity is required");
			}
			if (deliveryAddress == null) {
				throw new InvalidInput("deliveryAddress",
						"deliveryAddress is required: name, phone, line, city, region, postcode (optional)");
			}
			return new DropOrder(quantity, corridorId, deliveryAddress.toAddress(buyer),
					orderer == null ? null : orderer.toOrderer());
		}
	}

	/**
	 * A drop as the API shows it; {@code phase} and the seconds are computed at the time
	 * of the answer. {@code closedAt} once closed; {@code closeReason} only when a hub
	 * operator closed it early.
	 */
	record DropJson(DropId id, String title, LotId lotId, String lotReference, HubCode originHub, int quantity,
			int remaining, int perBuyerCap, Instant startsAt, Instant endsAt, DropPhase phase, long secondsUntilStart,
			long secondsUntilEnd, int returnedToLot, List<CorridorId> corridors, String page,
			@Nullable Instant closedAt, @Nullable String closeReason) {

		static DropJson of(Drop drop, Instant now) {
			return new DropJson(drop.id(), drop.title(), drop.lot(), drop.lotReference(), drop.originHub(),
					drop.quantity(), drop.remaining(), drop.perBuyerCap(), drop.startsAt(), drop.endsAt(),
					drop.phase(now), DropFormats.seconds(drop.untilStart(now)), DropFormats.seconds(drop.untilEnd(now)),
					drop.returnedToLot(), drop.corridors(), "/drops/" + drop.id(), drop.closedAt(), drop.closeReason());
		}
	}

	/** Closing a drop early: why (buyers see it on the drop's page). */
	record CloseDropRequest(@Nullable String reason) {
	}

}
