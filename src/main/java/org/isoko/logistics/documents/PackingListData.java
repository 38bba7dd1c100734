package org.isoko.logistics.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;

/**
 * Everything an order's packing list prints: the parcels (with their house waybills,
 * pieces and gross weights) and the goods in them (no prices: the invoice has those).
 *
 * @param orderNumber the order
 * @param issued its date
 * @param seller the shipper
 * @param consignee who receives
 * @param incoterm the Incoterms 2020 rule
 * @param namedPlace the place the rule names
 * @param parcels the parcels (at least one)
 * @param lines the goods (at least one)
 * @param language the reader's language
 */
public record PackingListData(String orderNumber, LocalDate issued, Party seller, Party consignee, Incoterm incoterm,
		String namedPlace, List<Parcel> parcels, List<Line> lines, Locale language) {

	public PackingListData {
		if (orderNumber == null || issued == null || seller == null || consignee == null || incoterm == null
				|| namedPlace == null || language == null) {
			throw new IllegalArgumentException("A packing list needs its order, date, parties, incoterm and language");
		}
		if (parcels == null || parcels.isEmpty() || lines == null || lines.isEmpty()) {
			throw new IllegalArgumentException("A packing list has at least one parcel and one line of goods");
		}
		parcels = List.copyOf(parcels);
		lines = List.copyOf(lines);
	}

	public int totalPieces() {
		return parcels.stream().mapToInt(Parcel::pieces).sum();
	}

	public long grossWeightGrams() {
		return parcels.stream().mapToLong(Parcel::grossWeightGrams).sum();
	}

	public long netWeightGrams() {
		return lines.stream().mapToLong(Line::netWeightGrams).sum();
	}

	/** One parcel: its house waybill, pieces and weight with packing. */
	public record Parcel(HouseWaybillNumber waybill, int pieces, long grossWeightGrams) {

		public Parcel {
			if (waybill == null) {
				throw new IllegalArgumentException("A parcel on a packing list needs its waybill");
			}
			if (pieces < 1 || grossWeightGrams <= 0) {
				throw new IllegalArgumentException("A parcel has at least one piece and a weight above 0 g");
			}
		}

	}

	/** One kind of goods: description, HS code, origin, quantity and net weight. */
	public record Line(String description, HsCode hsCode, CountryCode origin, long quantity, long netWeightGrams) {

		public Line {
			if (description == null || description.isBlank() || hsCode == null || origin == null) {
				throw new IllegalArgumentException("A packing list line needs a description, HS code and origin");
			}
			if (quantity < 1 || netWeightGrams < 0) {
				throw new IllegalArgumentException(
						"A packing list line has a quantity of 1 or more, a weight of 0 or more");
			}
		}

	}

}
