package org.isoko.ordering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;

import org.isoko.ordering.placement.OrderPricing;
import org.isoko.ordering.placement.PricedOrder;
import org.isoko.trade.Quote;
import org.isoko.trade.QuoteLine;
import org.isoko.trade.QuoteRequest;
import org.isoko.trade.Trade;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Landed cost: each line's goods, freight, insurance, duty, taxes and fees from a trade
 * quote on the order's corridor, under the regime the buyer chose (or the default for the
 * buyer), in the buyer's currency. The order charges the quote's total exactly and keeps
 * the quote.
 * <p>
 * Rounding rule: the quote's (once per line and per amount, half-up, to the buyer
 * currency's minor unit; totals are sums of the rounded line amounts). The goods of a
 * line are the seller-currency amount converted once, as {@link GoodsOnlyPricing} does;
 * the seller-side snapshot (unit prices, FX) comes from there.
 */
@Component
@Primary
class LandedCostPricing implements OrderPricing {

	private final Trade trade;

	private final GoodsOnlyPricing goods;

	LandedCostPricing(Trade trade, GoodsOnlyPricing goods) {
		this.trade = trade;
		this.goods = goods;
	}

	/** The lots the lines carry: the quote need not read them again. */
	private static Map<LotId, LotDetails> lotsRead(Request request) {
		Map<LotId, LotDetails> lots = new HashMap<>();
		request.lines().forEach(line -> lots.put(line.lot().id(), line.lot()));
		return lots;
	}

	@Override
	public PricedOrder price(Request request) {
		PricedOrder goodsOnly = goods.price(request);
		Quote quote = trade.quote(
				new QuoteRequest(null, request.corridor().id(), request.regime(), null,
						new QuoteRequest.Buyer(request.personal() ? request.buyer().id() : null,
								request.buyer().organisationId()),
						request.lines().stream().map(l -> new QuoteRequest.Line(l.lot().id(), l.quantity())).toList()),
				lotsRead(request));
		if (!quote.currency().equals(request.buyerCurrency()) || quote.lines().size() != goodsOnly.lines().size()) {
			throw new IllegalStateException("The quote is in " + quote.currency() + " for " + quote.lines().size()
					+ " lines; the order is in " + request.buyerCurrency() + " for " + goodsOnly.lines().size());
		}
		List<OrderLine> lines = new ArrayList<>();
		for (int i = 0; i < quote.lines().size(); i++) {
			OrderLine line = goodsOnly.lines().get(i);
			QuoteLine quoted = quote.lines().get(i);
			if (!quoted.lot().equals(line.lot())) {
				throw new IllegalStateException(
						"Quote line " + i + " is for lot " + quoted.lot() + ", not " + line.lot());
			}
			// The quote's goods are what is charged; they are the same conversion of the
			// same seller amount.
			lines.add(new OrderLine(line.lineNo(), line.lot(), line.lotReference(), line.productName(), line.hsCode(),
					line.unitOfSale(), line.quantity(), line.unitPriceSeller(), line.lineTotalSeller(),
					line.unitPrice(), quoted.goods(), line.fx(), OrderCharges.of(quoted)));
		}
		return new PricedOrder(lines, OrderCharges.of(quote.totals()), goodsOnly.sellerTotal(), Pricing.LANDED_COST,
				quote);
	}

}
