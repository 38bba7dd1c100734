package org.isoko.ordering;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.trade.QuoteLine;
import org.isoko.trade.QuoteTotals;

/**
 * What a buyer pays, split as the landed-cost quote splits it, in the buyer's currency:
 * goods, freight, insurance, duty, taxes and fees; {@code total} is their sum (checked
 * here and by a database constraint). Kept per line and for the whole order; the payments
 * module splits an order's escrow along these parts when it releases it.
 */
public record OrderCharges(Money goods, Money freight, Money insurance, Money duty, Money taxes, Money fees,
		Money total) {

	public OrderCharges {
		CurrencyCode currency = goods.currency();
		for (Money part : new Money[] { freight, insurance, duty, taxes, fees, total }) {
			if (!part.currency().equals(currency)) {
				throw new IllegalArgumentException("Charges must all be in " + currency + ", got " + part);
			}
		}
		Money sum = goods.plus(freight).plus(insurance).plus(duty).plus(taxes).plus(fees);
		if (!sum.equals(total)) {
			throw new IllegalArgumentException("The total " + total + " is not the sum of its parts " + sum);
		}
	}

	/**
	 * Goods only (orders placed before landed-cost pricing): nothing else was charged.
	 */
	static OrderCharges goodsOnly(Money goods) {
		Money zero = Money.zero(goods.currency());
		return new OrderCharges(goods, zero, zero, zero, zero, zero, goods);
	}

	static OrderCharges of(QuoteLine line) {
		return new OrderCharges(line.goods(), line.freight(), line.insurance(), line.duty().amount(), line.taxTotal(),
				line.feeTotal(), line.total());
	}

	static OrderCharges of(QuoteTotals totals) {
		return new OrderCharges(totals.goods(), totals.freight(), totals.insurance(), totals.duty(), totals.taxes(),
				totals.fees(), totals.total());
	}

	public OrderCharges plus(OrderCharges other) {
		return new OrderCharges(goods.plus(other.goods), freight.plus(other.freight), insurance.plus(other.insurance),
				duty.plus(other.duty), taxes.plus(other.taxes), fees.plus(other.fees), total.plus(other.total));
	}

	public static OrderCharges zero(CurrencyCode currency) {
		return goodsOnly(Money.zero(currency));
	}

	/**
	 * Duty, taxes and fees together: what crossing the border adds to the delivered
	 * goods.
	 */
	public Money dutiesAndTaxes() {
		return duty.plus(taxes).plus(fees);
	}
}
