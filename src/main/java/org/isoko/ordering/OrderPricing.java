package org.isoko.ordering;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.isoko.catalog.LotDetails;
import org.isoko.shared.CurrencyCode;

/**
 * Prices the lines of one order for a buyer. Seam for the trade issue: today {@link GoodsOnlyPricing} prices the goods
 * only; the landed-cost implementation will add freight, insurance, duty and taxes from a trade quote (and its
 * {@code pricing} name will say so), without touching checkout, orders or pages.
 */
interface OrderPricing {

	PricedOrder price(List<Line> lines, CurrencyCode buyerCurrency, Locale language, LocalDate on);

	/** A lot and how many units of it. */
	record Line(LotDetails lot, int quantity) {
	}
}
