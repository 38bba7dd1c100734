package org.isoko.logistics.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Everything an order's commercial invoice prints. All amounts are in the invoice's
 * currency (the order's); totals are exact sums of the lines' values.
 *
 * @param invoiceNumber the invoice's number
 * @param orderNumber the order it is for
 * @param issued its date
 * @param seller the exporter (with tax id when known)
 * @param buyer who pays
 * @param consignee who receives (often the buyer)
 * @param incoterm the Incoterms 2020 rule
 * @param namedPlace the place the rule names ("Hangzhou")
 * @param currency the invoice's currency
 * @param lines the goods (at least one)
 * @param freight freight charged to the buyer (zero if none)
 * @param insurance insurance charged to the buyer, or null when the goods travel
 * uninsured (the invoice then says so rather than print 0)
 * @param waybills the parcels' house waybills
 * @param language the reader's language
 */
public record InvoiceData(String invoiceNumber, String orderNumber, LocalDate issued, Party seller, Party buyer,
		Party consignee, Incoterm incoterm, String namedPlace, CurrencyCode currency, List<InvoiceLine> lines,
		Money freight, @Nullable Money insurance, List<HouseWaybillNumber> waybills, Locale language) {

	public InvoiceData {
		if (invoiceNumber == null || orderNumber == null || issued == null || seller == null || buyer == null
				|| consignee == null || incoterm == null || namedPlace == null || currency == null || freight == null
				|| language == null) {
			throw new IllegalArgumentException(
					"An invoice needs its number, order, date, parties, incoterm, currency and freight");
		}
		if (lines == null || lines.isEmpty()) {
			throw new IllegalArgumentException("An invoice has at least one line");
		}
		for (InvoiceLine line : lines) {
			if (!line.unitPrice().currency().equals(currency)) {
				throw new IllegalArgumentException("Line '" + line.description() + "' is priced in "
						+ line.unitPrice().currency() + ", the invoice in " + currency);
			}
		}
		if (!freight.currency().equals(currency) || insurance != null && !insurance.currency().equals(currency)) {
			throw new IllegalArgumentException("Freight and insurance must be in the invoice's currency " + currency);
		}
		lines = List.copyOf(lines);
		waybills = List.copyOf(waybills);
	}

	public Money goodsTotal() {
		return lines.stream().map(InvoiceLine::value).reduce(Money.zero(currency), Money::plus);
	}

	public Money total() {
		return insurance == null ? goodsTotal().plus(freight) : goodsTotal().plus(freight).plus(insurance);
	}

	public long netWeightGrams() {
		return lines.stream().mapToLong(InvoiceLine::netWeightGrams).sum();
	}

	public long grossWeightGrams() {
		return lines.stream().mapToLong(InvoiceLine::grossWeightGrams).sum();
	}

}
