package org.isoko.customs.eac;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One revision of a consignment's entry, as sent to the authority. Amounts are integer
 * minor units of their currency, weights whole grams.
 *
 * @param procedure EX1 (permanent export) or IM4 (import for home use)
 * @param reference Isoko's entry reference, the same for every revision
 * @param revision 0 the first submission, 1, 2… each resubmission after a query
 * @param office the customs office: the hub's country and code, e.g. RW-KGL
 * @param transportDocument the consignment's master waybill
 * @param transportMode the C17 mode of transport code (4 air, 3 road, 1 sea)
 */
public record EntryMessage(String guid, Procedure procedure, String reference, int revision, String office,
		String declarant, String transportDocument, String transportMode, String exportCountry,
		String destinationCountry, Instant submittedAt, List<HouseWaybill> waybills) {

	public EntryMessage {
		waybills = List.copyOf(waybills);
	}

	/** The C17 procedure codes used. */
	public enum Procedure {

		/** Permanent export. */
		EX1,
		/** Import for home use. */
		IM4

	}

	/** One house waybill of the consignment: one order of one exporter. */
	public record HouseWaybill(String number, String orderNo, String exporter, String consigneeCountry, long netGrams,
			long grossGrams, List<Item> items, List<Document> documents, @Nullable Charges charges) {

		public HouseWaybill {
			items = List.copyOf(items);
			documents = List.copyOf(documents);
		}

	}

	/** A goods item: one order line. */
	public record Item(int itemNo, String hsCode, String description, int quantity, long valueMinor, String currency) {
	}

	/**
	 * The charges of an import (from the order's landed-cost quote, not recomputed):
	 * duty, VAT and the other charges, in the buyer's currency.
	 */
	public record Charges(String currency, long dutyMinor, long vatMinor, long otherMinor) {
	}

	/**
	 * A supporting document: whether the house waybill has it, and under what reference.
	 */
	public record Document(DocumentCode code, boolean present, @Nullable String reference) {
	}

	/** The documents coffee needs, with their UN/EDIFACT 1001 codes. */
	public enum DocumentCode {

		COMMERCIAL_INVOICE("380"), PACKING_LIST("271"), CERTIFICATE_OF_ORIGIN("861"), QUALITY_CERTIFICATE("856");

		private final String un;

		DocumentCode(String un) {
			this.un = un;
		}

		public String un() {
			return un;
		}

	}

}
