package org.isoko.trade;

import java.math.BigDecimal;
import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.shared.HsCode;
import org.isoko.shared.Money;

/**
 * One line of a landed-cost quote, every amount in the buyer's currency and rounded once:
 * goods, freight (its share by gross weight), insurance, customs value (CIF = goods +
 * freight + insurance), duty, taxes, fees and the total.
 *
 * @param unitPrice the seller's price per unit, in the seller's currency
 */
public record QuoteLine(LotId lot, HsCode hsCode, int quantity, Money unitPrice, BigDecimal grossKg, Money goods,
		Money freight, Money insurance, Money customsValue, Duty duty, List<Tax> taxes, List<Fee> fees, Money total) {

	public QuoteLine {
		taxes = List.copyOf(taxes);
		fees = List.copyOf(fees);
	}

	public Money taxTotal() {
		return taxes.stream().map(Tax::amount).reduce(Money.zero(total.currency()), Money::plus);
	}

	public Money feeTotal() {
		return fees.stream().map(Fee::amount).reduce(Money.zero(total.currency()), Money::plus);
	}
}
