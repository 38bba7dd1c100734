package org.isoko.logistics;

import java.time.Instant;

import org.isoko.ordering.OrderId;
import org.isoko.shared.HubCode;

/**
 * A parcel arrived at its destination hub (first ARRIVED_AT_DESTINATION event, from an
 * agent, a consignment's arrival or a carrier): where the destination's customs takes
 * over.
 */
public record ParcelArrived(ParcelId parcel, Waybill waybill, OrderId order, HubCode destination, Instant at) {
}
