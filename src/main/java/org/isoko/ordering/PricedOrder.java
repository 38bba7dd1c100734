package org.isoko.ordering;

import java.util.List;

import org.isoko.shared.Money;

/**
 * What an order costs, line by line, as {@link OrderPricing} worked it out.
 *
 * @param total in the buyer's currency: the sum of the line totals (each converted and rounded once)
 * @param sellerTotal in the seller's currency: the exact sum of quantity × unit price
 * @param pricing which pricing produced it (e.g. {@code GOODS_ONLY}), kept on the order
 */
record PricedOrder(List<OrderLine> lines, Money total, Money sellerTotal, String pricing) {

	PricedOrder {
		lines = List.copyOf(lines);
	}
}
