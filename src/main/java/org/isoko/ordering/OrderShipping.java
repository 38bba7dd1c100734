package org.isoko.ordering;

import java.time.Instant;
import java.util.Optional;

/**
 * The seam through which a carrier (the logistics module) reads the orders it carries and
 * moves them along as the goods travel, without ordering knowing about parcels: handed to
 * the hub makes an order SHIPPED, delivered by the carrier makes it DELIVERED. Both are
 * idempotent: a change the order already went through is ignored, so a replayed scan or
 * carrier event changes nothing.
 */
public interface OrderShipping {

	Optional<ShippableOrder> shippable(OrderId id);

	/**
	 * The goods were handed to {@code carrier} under {@code waybill}: an ACCEPTED order
	 * becomes SHIPPED, recorded as done by {@code by}.
	 * @return true when the order changed
	 */
	boolean handedToCarrier(OrderId id, String carrier, String waybill, String by, Instant at);

	/**
	 * The carrier delivered the goods: a SHIPPED (or customs-CLEARED) order becomes
	 * DELIVERED, and the buyer has the auto-completion period to confirm or dispute.
	 * @return true when the order changed
	 */
	boolean deliveredByCarrier(OrderId id, String by, Instant at);

}
