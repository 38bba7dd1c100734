package org.isoko.customs.web;

import org.isoko.customs.WaybillCorrections;
import org.isoko.customs.WaybillCorrections.OrderCustoms;
import org.isoko.identity.CurrentUser;
import org.isoko.ordering.OrderId;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An order's customs declaration under the order's path, for its seller and buyer (and
 * the operators of its hubs): status, hold reason, the weights on the waybill and the
 * inventory list, the seller's corrections and the history; the seller corrects the
 * waybill's weight while customs holds it.
 */
@RestController
@RequestMapping(path = "/api/v1/orders/{order}/customs", produces = "application/json")
@Tag(name = CustomsApi.TAG, description = CustomsApi.TAG_DESCRIPTION)
class OrderCustomsApi {

	private final WaybillCorrections corrections;

	OrderCustomsApi(WaybillCorrections corrections) {
		this.corrections = corrections;
	}

	record WeightRequest(@Nullable Long weightGrams) {
	}

	@GetMapping
	@Operation(summary = "The order's customs declaration: status, reason of a hold, waybill and declared weights, "
			+ "corrections, history; its seller, buyer and hubs' operators, 404 otherwise")
	OrderCustoms show(CurrentUser user, @PathVariable OrderId order) {
		return corrections.ofOrder(user, order);
	}

	@PutMapping(path = "/waybill-weight", consumes = "application/json")
	@Operation(summary = "The seller corrects the waybill's weight (grams, 1 to 70000) while the declaration is "
			+ "declared or held: an amended CEB511 goes to customs and the documents are matched again; the same "
			+ "weight again changes nothing; 403 for the buyer, 409 once released or rejected")
	OrderCustoms correct(CurrentUser user, @PathVariable OrderId order, @RequestBody WeightRequest request) {
		return corrections.correctWeight(user, order, request.weightGrams());
	}

}
