package org.isoko.logistics;

import java.time.Instant;
import java.util.List;

import org.isoko.network.CorridorId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A consignment left its origin hub with the carrier: the freight the buyers paid for its
 * parcels is now the carrier's (the payments module pays it out of each order's escrow).
 *
 * @param carrier the carrier recorded with the carrier cost, or, when none was recorded
 * before departure, the transport mode and master waybill, which name the carrier's
 * booking
 * @param carrierCost what the carrier charges, when recorded before departure
 * @param orders each parcel's order with the freight its buyer paid (orders priced
 * without freight are left out)
 */
public record ConsignmentDeparted(ConsignmentId consignment, String masterWaybill, CorridorId corridor, HubCode origin,
		HubCode destination, String carrier, @Nullable Money carrierCost, List<OrderFreight> orders,
		Instant departedAt) {

	public ConsignmentDeparted {
		orders = List.copyOf(orders);
	}

	/** The freight a buyer paid for one order's parcel, in the buyer's currency. */
	public record OrderFreight(OrderId order, Money freight) {
	}

}
