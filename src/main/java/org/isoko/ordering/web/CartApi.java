package org.isoko.ordering.web;

import java.util.Locale;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.ordering.Carts;
import org.isoko.ordering.Carts.CartView;
import org.isoko.ordering.placement.LineRules;
import org.isoko.ordering.web.OrderRequests.CartLineRequest;
import org.isoko.ordering.web.OrderRequests.QuantityRequest;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/cart", produces = "application/json")
@PreAuthorize("hasRole('BUYER')")
@Tag(name = "Cart",
		description = "The buyer's cart (lines of several sellers); check out with POST /api/v1/orders per seller")
class CartApi {

	private final Carts carts;

	CartApi(Carts carts) {
		this.carts = carts;
	}

	@GetMapping
	@Operation(summary = "The cart, grouped by seller, priced in the buyer's currency (goods only)")
	CartView show(CurrentUser buyer, Locale locale) {
		return carts.view(buyer, locale);
	}

	@PostMapping(path = "/lines", consumes = "application/json")
	@Operation(
			summary = "Adds a lot on a corridor {lotId, corridorId, quantity}; adds to the line when it is already there")
	ResponseEntity<CartView> add(CurrentUser buyer, @RequestBody CartLineRequest request, Locale locale) {
		if (request.lotId() == null) {
			throw new InvalidInput("lotId", "lotId is required");
		}
		if (request.corridorId() == null) {
			throw new InvalidInput("corridorId", "corridorId is required");
		}
		carts.add(buyer, request.lotId(), request.corridorId(), quantity(request.quantity()));
		return ResponseEntity.status(HttpStatus.CREATED).body(carts.view(buyer, locale));
	}

	@PutMapping(path = "/lines/{id}", consumes = "application/json")
	@Operation(summary = "Changes the quantity of a line {quantity}")
	CartView change(CurrentUser buyer, @PathVariable UUID id, @RequestBody QuantityRequest request, Locale locale) {
		carts.change(buyer, id, quantity(request.quantity()));
		return carts.view(buyer, locale);
	}

	@DeleteMapping("/lines/{id}")
	@Operation(summary = "Removes a line")
	ResponseEntity<Void> remove(CurrentUser buyer, @PathVariable UUID id) {
		carts.remove(buyer, id);
		return ResponseEntity.noContent().build();
	}

	private static int quantity(java.math.@Nullable BigDecimal quantity) {
		if (quantity == null) {
			throw new InvalidInput("quantity", "quantity is required");
		}
		return LineRules.quantity("quantity", quantity.toPlainString());
	}

}
