package org.isoko.ordering;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The seam through which the seller's order page shows the customs entries of the
 * consignments the order's parcel travels in (the export entry at origin, the import
 * entry at destination), which the customs module keeps; ordering does not depend on
 * customs. Without that module (ordering bootstrapped alone) an order has none.
 */
public interface OrderCustomsEntries {

	/**
	 * The entries that declare the order's parcel, export first; empty when none does.
	 * The caller has checked that the reader is the order's seller.
	 */
	List<Entry> ofOrder(OrderId order);

	/**
	 * One entry as the order's seller reads it.
	 *
	 * @param direction EXPORT or IMPORT (message key {@code customs.entry.direction.*})
	 * @param country the authority's country (key {@code customs.entry.authority.*})
	 * @param status SUBMITTED, ACCEPTED, QUERIED or RELEASED (key
	 * {@code customs.entry.status.*})
	 * @param reason the authority's words when it queried the entry, as written (not a
	 * text of Isoko's: shown quoted, in its own language)
	 * @param reasonLanguage the language of those words (BCP 47) when known
	 * @param missingDocuments the documents of this order's parcel that the entry lacks
	 * and that are the seller's to supply (key {@code customs.entry.document.*})
	 */
	record Entry(String direction, String country, String reference, String status, @Nullable String releaseNumber,
			@Nullable String reason, @Nullable String reasonLanguage, List<String> missingDocuments,
			Instant updatedAt) {

		public boolean queried() {
			return "QUERIED".equals(status);
		}

	}

}
