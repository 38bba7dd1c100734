package org.isoko.logistics;

import java.time.Instant;

import org.isoko.ordering.OrderId;
import org.isoko.shared.HubCode;

/**
 * A parcel arrived at its destination hub (its first ARRIVED_AT_DESTINATION event
 * recorded, from an agent, a consignment's arrival or a carrier): where the destination's
 * customs takes over. Published once per parcel: a later arrival (an agent's scan after
 * the consignment's arrival, a carrier's redelivery under a new event id, an arrival
 * reported late for an earlier time) is recorded in the timeline and announces nothing.
 * {@code at} is when the announced arrival happened.
 */
public record ParcelArrived(ParcelId parcel, Waybill waybill, OrderId order, HubCode destination, Instant at) {
}
