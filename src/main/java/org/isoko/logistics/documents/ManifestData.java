package org.isoko.logistics.documents;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;

/**
 * Everything a consignment's manifest prints: the master waybill on top, the departure,
 * and every house waybill in it. An air consignment's master waybill must be a valid IATA
 * number ({@link AirWaybillNumber}); road and sea carriers number theirs as they like.
 *
 * @param masterWaybill the carrier's waybill for the whole consignment
 * @param consignmentReference Isoko's reference of the consignment
 * @param mode air, road or sea
 * @param carrier the carrier's name
 * @param departureReference the flight, truck or voyage
 * @param origin the hub it leaves
 * @param destination the hub it goes to
 * @param departs when it leaves, in the origin's time zone
 * @param lines the house waybills, in the order to print (at least one)
 * @param language the reader's language
 */
public record ManifestData(String masterWaybill, String consignmentReference, TransportMode mode, String carrier,
		String departureReference, Hub origin, Hub destination, ZonedDateTime departs, List<ManifestLine> lines,
		Locale language) {

	public ManifestData {
		if (masterWaybill == null || masterWaybill.isBlank() || consignmentReference == null || mode == null
				|| carrier == null || departureReference == null || origin == null || destination == null
				|| departs == null || language == null) {
			throw new IllegalArgumentException(
					"A manifest needs its master waybill, consignment, mode, carrier, departure, hubs and language");
		}
		if (mode == TransportMode.AIR) {
			masterWaybill = AirWaybillNumber.parse(masterWaybill).formatted();
		}
		if (lines == null || lines.isEmpty()) {
			throw new IllegalArgumentException("A manifest lists at least one house waybill");
		}
		lines = List.copyOf(lines);
	}

	public int totalPieces() {
		return lines.stream().mapToInt(ManifestLine::pieces).sum();
	}

	public long totalWeightGrams() {
		return lines.stream().mapToLong(ManifestLine::weightGrams).sum();
	}

	/**
	 * The declared values added up per currency, in the order the currencies first
	 * appear: parcels of one consignment may be declared in different currencies, and
	 * amounts of different currencies are never added.
	 */
	public List<Money> totalValues() {
		Map<CurrencyCode, Money> totals = new LinkedHashMap<>();
		for (ManifestLine line : lines) {
			totals.merge(line.value().currency(), line.value(), Money::plus);
		}
		return new ArrayList<>(totals.values());
	}

}
