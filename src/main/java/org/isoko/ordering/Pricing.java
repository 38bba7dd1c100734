package org.isoko.ordering;

/**
 * Which pricing an order was charged with, kept with the order (column
 * {@code ordering_order.pricing}, by name) and shown in its totals.
 */
public enum Pricing {

	/**
	 * The landed cost: goods, freight, insurance, duty, taxes and fees delivered to the
	 * destination, from a trade quote kept with the order.
	 */
	LANDED_COST,

	/**
	 * The goods alone: orders placed before landed-cost pricing, and the cart's fallback
	 * when no quote can be made.
	 */
	GOODS_ONLY

}
