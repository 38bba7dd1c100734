package org.isoko.ordering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.isoko.catalog.LotDetails;
import org.isoko.network.Conversion;
import org.isoko.network.FxRates;
import org.isoko.ordering.placement.OrderPricing;
import org.isoko.ordering.placement.PricedOrder;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Goods only: no freight, duty or tax. Orders placed before landed-cost pricing were
 * priced so (pricing {@code GOODS_ONLY}); {@link LandedCostPricing} starts from these
 * goods figures and adds the quote's, and the cart shows them when no quote can be made.
 * <p>
 * Rounding rule: per line, the exact seller-currency amount (unit price × quantity,
 * integer minor units) is converted into the buyer's currency <b>once</b>, rounded
 * half-up to the buyer currency's minor unit. The order total is the sum of these line
 * totals, so it always equals what the lines show. The converted unit price is shown for
 * information only; multiplying it by the quantity may differ from the line total by the
 * rounding of one unit.
 */
@Component
class GoodsOnlyPricing implements OrderPricing {

	private final FxRates fx;

	GoodsOnlyPricing(FxRates fx) {
		this.fx = fx;
	}

	@Override
	public PricedOrder price(Request request) {
		return price(request.lines(), request.buyerCurrency(), request.language(), request.on());
	}

	PricedOrder price(List<Line> lines, CurrencyCode buyerCurrency, Locale language, LocalDate on) {
		if (lines.isEmpty()) {
			throw new InvalidInput("lines", "an order needs at least one line");
		}
		CurrencyCode sellerCurrency = lines.get(0).lot().unitPrice().currency();
		List<OrderLine> priced = new ArrayList<>();
		Money total = Money.zero(buyerCurrency);
		Money sellerTotal = Money.zero(sellerCurrency);
		for (Line line : lines) {
			LotDetails lot = line.lot();
			if (!lot.unitPrice().currency().equals(sellerCurrency)) {
				throw new InvalidInput("lines", "lots of one order must be priced in one currency (" + sellerCurrency
						+ "), lot " + lot.reference() + " is in " + lot.unitPrice().currency());
			}
			Money lineSeller = lot.unitPrice().times(line.quantity());
			Conversion lineConversion = fx.convert(lineSeller, buyerCurrency, on);
			Conversion unitConversion = fx.convert(lot.unitPrice(), buyerCurrency, on);
			priced.add(new OrderLine(priced.size() + 1, lot.id(), lot.reference(), lot.text(language).name(),
					lot.hsCode(), lot.unitOfSale(language).text(), line.quantity(), lot.unitPrice(), lineSeller,
					unitConversion.converted(), lineConversion.converted(), FxSnapshot.of(lineConversion),
					OrderCharges.goodsOnly(lineConversion.converted())));
			total = total.plus(lineConversion.converted());
			sellerTotal = sellerTotal.plus(lineSeller);
		}
		return new PricedOrder(priced, OrderCharges.goodsOnly(total), sellerTotal, Pricing.GOODS_ONLY, null);
	}

}
