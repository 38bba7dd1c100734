package org.isoko.logistics.web;

import java.util.Locale;

import org.isoko.identity.CurrentUser;
import org.isoko.logistics.ConsignmentId;
import org.isoko.logistics.Labels;
import org.isoko.logistics.ParcelDocuments;
import org.isoko.logistics.Waybill;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The trade documents as files: a parcel's commercial invoice and packing list, a
 * consignment's manifest (PDF and CSV), its labels in one PDF. A parcel's label, and a
 * seller's labels, are served by {@link ParcelsApi}. Errors are problem details: a
 * malformed waybill 400, an unknown one 404, a parcel or consignment of another hub 403.
 */
@RestController
@Tag(name = "Documents", description = "Commercial invoice, packing list and manifest (PDF, CSV)")
class DocumentsApi {

	private final ParcelDocuments documents;

	private final Labels labels;

	DocumentsApi(ParcelDocuments documents, Labels labels) {
		this.documents = documents;
		this.labels = labels;
	}

	@GetMapping(path = "/api/v1/parcels/{waybill}/commercial-invoice", produces = "application/pdf")
	@Operation(summary = "The order's commercial invoice (A4 PDF, in the caller's language): lines with HS code, "
			+ "origin, quantity, unit price and value, freight and total; the parcel's seller, buyer and hubs' staff")
	ResponseEntity<byte[]> invoice(CurrentUser user, @PathVariable String waybill, Locale locale) {
		Waybill number = ParcelsApi.waybill(waybill);
		return ParcelsApi.pdf(documents.commercialInvoice(user, number, locale), "invoice-" + number);
	}

	@GetMapping(path = "/api/v1/parcels/{waybill}/packing-list", produces = "application/pdf")
	@Operation(summary = "The order's packing list (A4 PDF, in the caller's language): the parcel, the goods with "
			+ "HS code, quantity and net weight, no prices")
	ResponseEntity<byte[]> packingList(CurrentUser user, @PathVariable String waybill, Locale locale) {
		Waybill number = ParcelsApi.waybill(waybill);
		return ParcelsApi.pdf(documents.packingList(user, number, locale), "packing-list-" + number);
	}

	@GetMapping(path = "/api/v1/consignments/{id}/manifest", produces = "application/pdf")
	@Operation(summary = "The consignment's manifest (A4 landscape PDF): every house waybill with consignee, "
			+ "contents, HS code, pieces, weight and value; the staff of its two hubs; 409 when it has no parcels")
	ResponseEntity<byte[]> manifest(CurrentUser user, @PathVariable ConsignmentId id, Locale locale) {
		return ParcelsApi.pdf(documents.manifestPdf(user, id, locale), "manifest-" + id);
	}

	@GetMapping(path = "/api/v1/consignments/{id}/labels", produces = "application/pdf")
	@Operation(summary = "The consignment's shipping labels in one PDF (A6, a page each, in waybill order), for the "
			+ "agents of the hub it leaves from; 409 when it has no parcels, 403 for the destination hub's agents")
	ResponseEntity<byte[]> labels(CurrentUser user, @PathVariable ConsignmentId id, Locale locale) {
		return ParcelsApi.pdf(labels.consignmentLabels(user, id, locale), "labels-" + id);
	}

	@GetMapping(path = "/api/v1/consignments/{id}/manifest.csv", produces = "text/csv")
	@Operation(summary = "The consignment's manifest as CSV (RFC 4180, UTF-8, fixed English column names)")
	ResponseEntity<byte[]> manifestCsv(CurrentUser user, @PathVariable ConsignmentId id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"manifest-" + id + ".csv\"")
			.body(documents.manifestCsv(user, id));
	}

}
