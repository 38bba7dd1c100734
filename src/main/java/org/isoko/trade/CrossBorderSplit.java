package org.isoko.trade;

import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.CrossBorderSplitter;

/**
 * A proposed split of a consumer's cross-border retail order into orders within the
 * per-order limit: each order's lines, customs value (the value the limit is checked
 * against) and landed total. Each order still counts against the buyer's annual limit.
 */
public record CrossBorderSplit(CountryCode importer, Money perOrderLimit, Money annualLimit, List<Order> orders,
		String legalBasis, String source) {

	/** A split needing more orders than this is refused: buy as an importer instead. */
	public static final int MAX_ORDERS = CrossBorderSplitter.MAX_PARTS;

	public CrossBorderSplit {
		orders = List.copyOf(orders);
	}

	/**
	 * One order of the split.
	 *
	 * @param singleItem one indivisible unit above the limit: it clears as retail with
	 * duty and taxes in full
	 */
	public record Order(List<Line> lines, Money customsValue, Money total, boolean singleItem) {

		public Order {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * A line of a proposed order, as {@code POST /api/v1/quotes} and the orders API take
	 * it.
	 */
	public record Line(LotId lotId, int quantity) {
	}

}
