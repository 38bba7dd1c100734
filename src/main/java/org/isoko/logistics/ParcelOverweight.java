package org.isoko.logistics;

import java.time.Instant;

import org.isoko.identity.OrganisationId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.Money;

/**
 * A parcel weighed more at intake than its seller declared, beyond the tolerance: the hub
 * operator sees it flagged and the seller is told (their parcel list shows it; a channel
 * module can send the SMS on this event).
 */
public record ParcelOverweight(ParcelId parcel, Waybill waybill, OrderId order, OrganisationId seller,
		long declaredGrams, long measuredGrams, Money extraFreight, Instant measuredAt) {
}
