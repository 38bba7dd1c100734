package org.isoko.ordering;

import org.isoko.catalog.LotId;
import org.isoko.shared.HsCode;
import org.isoko.shared.Money;

/**
 * One line of an order as the buyer agreed to it: the lot, the product name in the
 * buyer's language, the quantity, the unit price in the seller's currency, and the same
 * in the buyer's currency with the rate used; and what the line costs landed (goods,
 * freight, insurance, duty, taxes, fees), in the buyer's currency.
 *
 * @param unitPrice the unit price converted on its own, for display
 * @param lineTotal the goods: {@code lineTotalSeller} converted once, half-up; <b>not</b>
 * {@code unitPrice × quantity}, which would round once per unit
 * @param charges the landed cost of the line; its {@code goods} equal {@code lineTotal}
 */
public record OrderLine(int lineNo, LotId lot, String lotReference, String productName, HsCode hsCode,
		String unitOfSale, int quantity, Money unitPriceSeller, Money lineTotalSeller, Money unitPrice, Money lineTotal,
		FxSnapshot fx, OrderCharges charges) {

	public OrderLine {
		if (!charges.goods().equals(lineTotal)) {
			throw new IllegalArgumentException("Line " + lineNo + ": the goods charged (" + charges.goods()
					+ ") differ from the line total " + lineTotal);
		}
	}

	/** What the line costs the buyer, landed. */
	public Money total() {
		return charges.total();
	}
}
