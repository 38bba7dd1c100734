package org.isoko.ordering.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.isoko.identity.CurrentUser;
import org.isoko.ordering.CrossBorderSplitCheckout;
import org.isoko.ordering.CrossBorderSplitCheckout.Placed;
import org.isoko.ordering.CrossBorderSplitCheckout.Proposal;
import org.isoko.ordering.OrderManagement;
import org.isoko.ordering.Orderer;
import org.isoko.ordering.QuoteJson;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The one-click split of a cart's cross-border retail order above China's per-order limit
 * into orders within it.
 */
@RestController
@PreAuthorize("hasRole('BUYER')")
@Tag(name = "Cart")
class CartSplitApi {

	private final CrossBorderSplitCheckout split;

	private final OrderManagement orders;

	private final QuoteJson quotes;

	CartSplitApi(CrossBorderSplitCheckout split, OrderManagement orders, QuoteJson quotes) {
		this.quotes = quotes;
		this.split = split;
		this.orders = orders;
	}

	record SplitRequest(@Nullable String group, OrderRequests.@Nullable AddressRequest deliveryAddress,
			OrderRequests.@Nullable OrdererRequest orderer) {
	}

	record SplitOrders(List<OrderJson> orders) {
	}

	@GetMapping(path = "/api/v1/cart/split", produces = "application/json")
	@Operation(
			summary = "Proposes how the cart's cross-border retail order above the per-order limit splits into orders within it",
			description = "group: the cart group key (optional when only one order is above the limit). Each proposed order "
					+ "has its lines (a lot's quantity may be spread over orders), its customs value (at most RMB 5,000, with its "
					+ "own freight) and its landed total. 409 when no order is above the limit (NOT_OVER_LIMIT) or one unit is "
					+ "worth more than the limit on its own (SINGLE_UNIT_OVER_LIMIT: it cannot be split; buy it as an importer).")
	Proposal propose(@RequestParam(required = false) @Nullable String group, CurrentUser buyer, Locale locale) {
		return split.propose(buyer, group, locale);
	}

	@PostMapping(path = "/api/v1/cart/split", consumes = "application/json", produces = "application/json")
	@Operation(
			summary = "Places the split: several cross-border retail orders, each within the per-order limit, all or none",
			description = "Body: group (optional, as for GET), deliveryAddress, orderer (as for POST /api/v1/orders). Every order "
					+ "is placed under CROSS_BORDER_ECOMMERCE_RETAIL (never re-priced as general trade); they count against the "
					+ "annual quota (RMB 26,000) one after the other, and if one cannot be placed (stock, quota: 409) none is. "
					+ "201 with the orders; replaying the Idempotency-Key answers 200 with the same orders; the split's lines "
					+ "leave the cart.")
	ResponseEntity<SplitOrders> place(
			@Parameter(description = "A unique value per new split, the same when retrying") @RequestHeader(
					name = IdempotencyRecords.HEADER, required = false) @Nullable String key,
			@RequestBody SplitRequest request, CurrentUser buyer, Locale locale) {
		IdempotencyRecords.requireKey(key);
		if (request.deliveryAddress() == null) {
			throw new InvalidInput("deliveryAddress", "deliveryAddress is required");
		}
		OrderRequests.OrdererRequest orderer = request.orderer();
		Placed placed = split.place(buyer, key, request.group(), request.deliveryAddress().toAddress(buyer),
				orderer == null ? null : new Orderer(orderer.savedId(), orderer.name(), orderer.idNumber()), locale);
		SplitOrders body = new SplitOrders(placed.orders()
			.stream()
			.map(o -> OrderJson.of(o, orders.view(buyer, o.id()).timeline(), quotes))
			.toList());
		if (!placed.created()) {
			return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(body);
		}
		return ResponseEntity.created(URI.create("/api/v1/orders?page=0")).body(body);
	}

}
