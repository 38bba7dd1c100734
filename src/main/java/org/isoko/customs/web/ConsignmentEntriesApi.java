package org.isoko.customs.web;

import org.isoko.customs.ConsignmentEntries;
import org.isoko.customs.ConsignmentEntry;
import org.isoko.customs.EntryDirection;
import org.isoko.identity.CurrentUser;
import org.isoko.logistics.ConsignmentId;
import org.isoko.shared.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A consignment's customs entries for the hub's people: the origin agent submits the
 * export entry (again after a query), the destination agent submits a queried import
 * entry again; the staff of both hubs read their status.
 */
@RestController
@RequestMapping(path = "/api/v1/consignments/{id}", produces = "application/json")
@Tag(name = CustomsApi.TAG, description = CustomsApi.TAG_DESCRIPTION)
class ConsignmentEntriesApi {

	private final ConsignmentEntries entries;

	ConsignmentEntriesApi(ConsignmentEntries entries) {
		this.entries = entries;
	}

	@PostMapping("/export-declaration")
	@Operation(summary = "Declares the consignment for export to the origin's customs (Rwanda), or again after a "
			+ "query or a change of its parcels; 409 while the authority examines it")
	ConsignmentEntry declareExport(CurrentUser user, @PathVariable ConsignmentId id) {
		return entries.declareExport(user, id);
	}

	@GetMapping("/export-declaration")
	@Operation(summary = "The consignment's export entry: status, goods, documents present and missing, history")
	ConsignmentEntries.EntryView export(CurrentUser user, @PathVariable ConsignmentId id) {
		return entries.ofConsignment(user, id, EntryDirection.EXPORT)
			.orElseThrow(() -> new NotFound("Consignment " + id + " has no export entry"));
	}

	@PostMapping("/import-declaration")
	@Operation(summary = "Submits a queried import entry again (destination agent); 409 unless QUERIED")
	ConsignmentEntry resubmitImport(CurrentUser user, @PathVariable ConsignmentId id) {
		return entries.resubmitImport(user, id);
	}

	@GetMapping("/import-declaration")
	@Operation(summary = "The consignment's import entry: status, goods with duty, VAT and other charges, "
			+ "documents, history")
	ConsignmentEntries.EntryView importEntry(CurrentUser user, @PathVariable ConsignmentId id) {
		return entries.ofConsignment(user, id, EntryDirection.IMPORT)
			.orElseThrow(() -> new NotFound("Consignment " + id + " has no import entry"));
	}

}
