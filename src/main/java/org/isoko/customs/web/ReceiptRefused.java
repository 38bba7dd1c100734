package org.isoko.customs.web;

import org.isoko.shared.ProblemJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer of both receipt endpoints (EAC and China) to a receipt that cannot be read
 * or whose signature does not verify: 400, so that the sender sees it was not taken.
 * Everything else a receipt can be is answered 200.
 */
final class ReceiptRefused {

	private ReceiptRefused() {
	}

	/**
	 * @param signersKey whose key the signature was checked with, as the detail says it
	 */
	static ResponseEntity<ProblemDetail> unverified(String signersKey) {
		return ProblemJson
			.response(HttpStatus.BAD_REQUEST, "Receipt refused",
					"The receipt cannot be read or its signature does not verify with " + signersKey)
			.build();
	}

}
