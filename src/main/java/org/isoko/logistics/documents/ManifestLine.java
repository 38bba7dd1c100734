package org.isoko.logistics.documents;

import org.isoko.shared.HsCode;
import org.isoko.shared.Money;

/**
 * One house waybill on a consignment's manifest.
 *
 * @param waybill the parcel's number
 * @param consignee who receives it, as printed (name and city; no phone)
 * @param contents what is in it, in the words customs reads
 * @param hsCode the HS code of the main contents
 * @param pieces how many pieces (at least 1)
 * @param weightGrams the measured weight in grams (more than 0)
 * @param value the declared value
 */
public record ManifestLine(HouseWaybillNumber waybill, String consignee, String contents, HsCode hsCode, int pieces,
		long weightGrams, Money value) {

	public ManifestLine {
		if (waybill == null || consignee == null || contents == null || hsCode == null || value == null) {
			throw new IllegalArgumentException(
					"A manifest line needs its waybill, consignee, contents, HS code, value");
		}
		if (pieces < 1) {
			throw new IllegalArgumentException("A parcel has at least one piece (" + waybill + ")");
		}
		if (weightGrams <= 0) {
			throw new IllegalArgumentException("A parcel's weight must be more than 0 g (" + waybill + ")");
		}
		if (value.isNegative()) {
			throw new IllegalArgumentException("A declared value cannot be negative (" + waybill + ")");
		}
	}

}
