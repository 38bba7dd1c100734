package org.isoko.customs.web;

import org.isoko.customs.CustomsReceipts;
import org.isoko.customs.CustomsReceipts.Outcome;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Where China's customs (or its data exchange client) delivers its receipts: one signed
 * CEB receipt message per POST (CEB312/412/512/622, CEB900), of one line or several (one
 * per document answered), the counterpart of the messages {@code HttpChinaCustoms} posts.
 * No Isoko token: customs' signature, checked against
 * {@code isoko.customs.china.customs-key}, is the authentication. A receipt is applied
 * once, whenever and in whatever order it comes; one delivered again, or naming nothing
 * Isoko declared, is answered 200 with what became of it, so that the sender stops
 * resending it; only one that does not verify or cannot be read is refused (400).
 */
@RestController
@Tag(name = CustomsApi.TAG, description = CustomsApi.TAG_DESCRIPTION)
class ChinaCustomsReceiptsApi {

	static final String PATH = "/api/v1/customs/china/receipts";

	private final CustomsReceipts receipts;

	ChinaCustomsReceiptsApi(CustomsReceipts receipts) {
		this.receipts = receipts;
	}

	@PostMapping(path = PATH, consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A receipt of China's customs, signed by customs (CEB312, CEB412, CEB512, CEB622, CEB900): "
			+ "one line or several under one signature; per line APPLIED, DUPLICATE (received before) or "
			+ "UNKNOWN_DECLARATION, and the message's outcome (APPLIED if any line was, else DUPLICATE if any, else "
			+ "UNKNOWN_DECLARATION); 400 when its signature does not verify")
	ResponseEntity<?> receive(@RequestBody String signedXml) {
		CustomsReceipts.Received received = receipts.receiveAll(signedXml);
		if (received.outcome() == Outcome.BAD_SIGNATURE) {
			return ReceiptRefused.unverified("customs' key");
		}
		return ResponseEntity.ok(received);
	}

}
