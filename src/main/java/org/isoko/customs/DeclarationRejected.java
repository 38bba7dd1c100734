package org.isoko.customs;

import java.time.Instant;
import java.util.UUID;

import org.isoko.logistics.ParcelId;
import org.isoko.ordering.OrderId;

/**
 * A customs officer refused a declaration: the goods go back and the order is refunded to
 * the buyer (ordering's refund, which payments pays back). Published once, in the
 * decision's transaction, for whoever must know (the operator's views, notifications).
 */
public record DeclarationRejected(UUID declaration, ParcelId parcel, OrderId order, String orderNo, String officer,
		Instant at) {
}
