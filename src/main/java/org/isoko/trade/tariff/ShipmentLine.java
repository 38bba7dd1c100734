package org.isoko.trade.tariff;

import java.util.List;

import org.isoko.catalog.LotDocument;
import org.isoko.catalog.LotId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.Money;

/**
 * A line to price: a lot's HS code, price (seller's currency), gross weight per unit,
 * documents and country of origin (where it was produced, its provenance), and the
 * quantity.
 */
public record ShipmentLine(LotId lot, HsCode hsCode, int quantity, Money unitPrice, long grossWeightGrams,
		List<LotDocument> documents, CountryCode originCountry) {

	public ShipmentLine {
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be at least 1, got " + quantity);
		}
		if (grossWeightGrams <= 0) {
			throw new IllegalArgumentException("gross weight must be positive");
		}
		documents = List.copyOf(documents);
	}

	/** The same line with another quantity (a part of it). */
	public ShipmentLine withQuantity(int other) {
		return new ShipmentLine(lot, hsCode, other, unitPrice, grossWeightGrams, documents, originCountry);
	}

}
