package org.isoko.customs.web;

import org.isoko.customs.EntryDecisions;
import org.isoko.customs.EntryDecisions.Outcome;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Where the EAC corridors' authorities (the Rwanda and Kenya Revenue Authorities, or the
 * gateway in front of them) deliver their answers to the consignments' entries: one
 * signed {@code eac:EntryReceipt} per POST, the counterpart of the entries
 * {@code HttpEacCustoms} posts. No Isoko token: the authority's signature, checked
 * against {@code isoko.customs.eac.authority-key}, is the authentication. A receipt is
 * applied once, whenever and in whatever order it comes; one that was received before,
 * answers an older revision, has been overtaken by a later decision or names nothing
 * Isoko submitted is answered 200 with what became of it, so that the sender stops
 * resending it; only one that cannot be read or does not verify is refused (400).
 */
@RestController
@Tag(name = CustomsApi.TAG, description = CustomsApi.TAG_DESCRIPTION)
class EacCustomsReceiptsApi {

	static final String PATH = "/api/v1/customs/eac/receipts";

	private final EntryDecisions decisions;

	EacCustomsReceiptsApi(EntryDecisions decisions) {
		this.decisions = decisions;
	}

	record Received(Outcome outcome) {
	}

	@PostMapping(path = PATH, consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "An EAC authority's answer to a consignment entry, signed by the authority "
			+ "(ACCEPTED, RELEASED, QUERIED, REFUSED): APPLIED, DUPLICATE (received before), OLDER_REVISION "
			+ "(the entry was submitted again since), SUPERSEDED (the entry moved past it) or UNKNOWN_ENTRY; "
			+ "400 when it cannot be read or its signature does not verify")
	ResponseEntity<?> receive(@RequestBody String signedXml) {
		Outcome outcome = decisions.receive(signedXml);
		if (outcome == Outcome.BAD_SIGNATURE) {
			return ReceiptRefused.unverified("the authority's key");
		}
		return ResponseEntity.ok(new Received(outcome));
	}

}
