package org.isoko.ordering.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.isoko.catalog.LotDetails;
import org.isoko.identity.CurrentUser;
import org.isoko.network.Corridor;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.CurrencyCode;
import org.jspecify.annotations.Nullable;

/**
 * Prices the lines of one order for a buyer: {@code LandedCostPricing} (goods, freight,
 * insurance, duty, taxes and fees from a trade quote) for checkout and the API;
 * {@code GoodsOnlyPricing} prices the goods alone (what orders were charged before landed
 * cost, and the cart's fallback when no quote can be made). Checkout, orders and pages
 * depend on this seam only.
 */
public interface OrderPricing {

	/**
	 * @throws org.isoko.shared.InvalidInput when the lines cannot be priced (e.g.
	 * {@code regime} is not allowed on the corridor, no freight rate or tariff line is in
	 * force)
	 */
	PricedOrder price(Request request);

	/**
	 * @param regime the customs regime the buyer chose, or null for the default
	 * (cross-border retail for consumers in China, the bloc's regime inside the EAC or
	 * AfCFTA, else general trade)
	 * @param personal whether the quote looks up the buyer's own cross-border retail
	 * purchases this year (checkout); a drop prices without them, so that one quote
	 * serves every buyer of the same kind, and counts the annual limit when it writes the
	 * order
	 */
	record Request(CurrentUser buyer, Corridor corridor, @Nullable CustomsRegime regime, List<Line> lines,
			CurrencyCode buyerCurrency, Locale language, LocalDate on, boolean personal) {

		public Request {
			lines = List.copyOf(lines);
		}

		public Request(CurrentUser buyer, Corridor corridor, @Nullable CustomsRegime regime, List<Line> lines,
				CurrencyCode buyerCurrency, Locale language, LocalDate on) {
			this(buyer, corridor, regime, lines, buyerCurrency, language, on, true);
		}
	}

	/** A lot and how many units of it. */
	record Line(LotDetails lot, int quantity) {
	}

}
