package org.isoko.payments.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.ordering.OrderId;
import org.isoko.payments.BuyerRefundView;
import org.isoko.payments.RefundRequests;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Refunds of an order's payment to its buyer, before the money is released to the seller.
 */
@RestController
@Tag(name = "Refunds",
		description = "Full and partial refunds of a paid order, back through the provider the buyer paid with")
class RefundsApi {

	private final RefundRequests requests;

	RefundsApi(RefundRequests requests) {
		this.requests = requests;
	}

	/**
	 * @param amount in major units of the currency, e.g. 12.50 CNY or 1500 RWF
	 */
	record RefundRequest(@Nullable BigDecimal amount, @Nullable String currency, @Nullable String reason) {
	}

	@PostMapping(path = "/api/v1/orders/{id}/refunds", consumes = "application/json", produces = "application/json")
	@Operation(
			summary = "Gives part or all of a paid order's money back to its buyer (the order's seller, hub operators, admins)",
			description = "Header Idempotency-Key is required. Body {amount, currency, reason}: amount in major units (12.50 CNY, "
					+ "1500 RWF), at most what escrow still holds for the order; currency the one the order was paid in; reason "
					+ "(1 to 500 characters) is kept with the refund. The money goes back through the provider the buyer paid with "
					+ "(mobile money: a transfer to the number that paid; wallet: a refund of the trade) and the refund shows its "
					+ "status there. 201 with the refund; the same key and body again answer 200 with the same refund and move "
					+ "nothing; the same key with another body: 409. Not paid, already released or fully refunded: 409. Amount "
					+ "above what escrow holds, zero or negative, wrong currency, missing reason: 400 naming the field. Orders the "
					+ "caller may not see: 404.")
	ResponseEntity<BuyerRefundView> request(CurrentUser user, @PathVariable OrderId id,
			@Parameter(description = "A unique value per refund, the same when retrying") @RequestHeader(
					name = "Idempotency-Key", required = false) @Nullable String key,
			@RequestBody RefundRequest request) {
		RefundRequests.Requested requested = requests.request(user, id, request.amount(), request.currency(),
				request.reason(), key);
		if (!requested.created()) {
			return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(requested.refund());
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/orders/" + id + "/refunds/" + requested.refund().id()))
			.body(requested.refund());
	}

	@GetMapping(path = "/api/v1/orders/{id}/refunds", produces = "application/json")
	@Operation(summary = "The order's refunds to its buyer, newest first, with their status at the provider",
			description = "Visible to the order's seller, its buyer, hub operators and admins; 404 for everyone else. page from 0, "
					+ "size 1..100 (default 20).")
	PageOf<BuyerRefundView> list(CurrentUser user, @PathVariable OrderId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return requests.list(user, id, PageRequest.of(page, size));
	}

	@GetMapping(path = "/api/v1/orders/{id}/refunds/{refundId}", produces = "application/json")
	@Operation(summary = "One refund of the order")
	BuyerRefundView one(CurrentUser user, @PathVariable OrderId id, @PathVariable UUID refundId) {
		return requests.one(user, id, refundId);
	}

}
