package org.isoko.customs.web;

import java.util.List;

import org.isoko.customs.OrderEntries;
import org.isoko.identity.CurrentUser;
import org.isoko.ordering.OrderCustomsEntries.Entry;
import org.isoko.ordering.OrderId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The customs entries of the consignments an order's parcel travels in (EAC corridors),
 * for the order's seller: what the seller's order page shows.
 */
@RestController
@Tag(name = CustomsApi.TAG, description = CustomsApi.TAG_DESCRIPTION)
class OrderEntriesApi {

	private final OrderEntries entries;

	OrderEntriesApi(OrderEntries entries) {
		this.entries = entries;
	}

	record Entries(List<Entry> items) {
	}

	@GetMapping(path = "/api/v1/orders/{order}/customs/entries", produces = "application/json")
	@Operation(summary = "The export and import entries declaring the order's parcel: direction, authority's "
			+ "country, status, release number, the authority's reason for a query, the documents of this "
			+ "parcel missing and the seller's to supply; the order's seller only (404 for anybody else)")
	Entries entries(CurrentUser seller, @PathVariable OrderId order) {
		return new Entries(entries.ofOrder(seller, order));
	}

}
