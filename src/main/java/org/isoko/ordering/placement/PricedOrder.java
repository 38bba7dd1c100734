package org.isoko.ordering.placement;

import java.util.List;

import org.isoko.ordering.OrderCharges;
import org.isoko.ordering.OrderLine;
import org.isoko.ordering.Pricing;
import org.isoko.shared.Money;
import org.isoko.trade.Quote;
import org.jspecify.annotations.Nullable;

/**
 * What an order costs, line by line, as {@link OrderPricing} worked it out.
 *
 * @param charges in the buyer's currency: the sums of the lines' charges (each rounded
 * once, never re-rounded); {@code charges.total()} is what the buyer pays
 * @param sellerTotal in the seller's currency: the exact sum of quantity × unit price
 * @param pricing which pricing produced it ({@code LANDED_COST}; {@code GOODS_ONLY} for
 * orders placed before), kept on the order
 * @param quote the landed-cost quote the figures come from (none for goods-only pricing)
 */
public record PricedOrder(List<OrderLine> lines, OrderCharges charges, Money sellerTotal, Pricing pricing,
		@Nullable Quote quote) {

	public PricedOrder {
		lines = List.copyOf(lines);
		OrderCharges sum = OrderCharges.zero(charges.total().currency());
		for (OrderLine line : lines) {
			sum = sum.plus(line.charges());
		}
		if (!sum.equals(charges)) {
			throw new IllegalArgumentException(
					"The order's charges " + charges + " are not the sums of its lines' " + sum);
		}
	}

	/** What the buyer pays. */
	public Money total() {
		return charges.total();
	}
}
