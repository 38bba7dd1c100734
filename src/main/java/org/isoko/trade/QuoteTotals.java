package org.isoko.trade;

import java.util.List;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;

/** The sums of the lines' rounded amounts (never re-rounded). */
public record QuoteTotals(Money goods, Money freight, Money insurance, Money customsValue, Money duty, Money taxes,
		Money fees, Money total) {

	public static QuoteTotals of(List<QuoteLine> lines, CurrencyCode currency) {
		Money zero = Money.zero(currency);
		Money goods = zero, freight = zero, insurance = zero, customs = zero, duty = zero, taxes = zero, fees = zero,
				total = zero;
		for (QuoteLine line : lines) {
			goods = goods.plus(line.goods());
			freight = freight.plus(line.freight());
			insurance = insurance.plus(line.insurance());
			customs = customs.plus(line.customsValue());
			duty = duty.plus(line.duty().amount());
			taxes = taxes.plus(line.taxTotal());
			fees = fees.plus(line.feeTotal());
			total = total.plus(line.total());
		}
		return new QuoteTotals(goods, freight, insurance, customs, duty, taxes, fees, total);
	}
}
