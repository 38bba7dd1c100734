package org.isoko.logistics.documents;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.Money;

/**
 * One line of a commercial invoice. Its value is the unit price times the quantity,
 * exactly (no rate, so no rounding).
 *
 * @param description the goods in words customs reads
 * @param hsCode their HS code
 * @param origin their country of origin
 * @param quantity how many units (at least 1)
 * @param unitPrice the price of one unit
 * @param netWeightGrams the goods' weight without packing, in grams
 * @param grossWeightGrams with packing, in grams (not less than net)
 */
public record InvoiceLine(String description, HsCode hsCode, CountryCode origin, long quantity, Money unitPrice,
		long netWeightGrams, long grossWeightGrams) {

	public InvoiceLine {
		if (description == null || description.isBlank() || hsCode == null || origin == null || unitPrice == null) {
			throw new IllegalArgumentException("An invoice line needs a description, HS code, origin and unit price");
		}
		if (quantity < 1) {
			throw new IllegalArgumentException("An invoice line's quantity must be at least 1");
		}
		if (unitPrice.isNegative()) {
			throw new IllegalArgumentException("An invoice line's unit price cannot be negative");
		}
		if (netWeightGrams < 0 || grossWeightGrams < netWeightGrams) {
			throw new IllegalArgumentException("Weights must be 0 or more, gross not less than net");
		}
	}

	public Money value() {
		return unitPrice.times(quantity);
	}

}
