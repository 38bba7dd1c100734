package org.isoko.ordering;

/**
 * A past-tense event of one order's life, published after the change that caused it
 * (listeners in other modules react to them, e.g. payments to {@link OrderCompleted}).
 * Sealed, so that the set of things that can happen to an order is read in one place.
 */
public sealed interface OrderEvent
		permits OrderPlaced, OrderPaid, OrderPaymentRefused, OrderAccepted, OrderDeclined, OrderShipped,
		OrderEnteredCustoms, OrderCleared, OrderDelivered, OrderCompleted, OrderCancelled, OrderExpired, OrderRefunded {

	/** The order it happened to. */
	OrderId order();

}
