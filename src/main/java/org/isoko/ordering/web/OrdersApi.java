package org.isoko.ordering.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationId;
import org.isoko.network.CorridorId;
import org.isoko.ordering.IdempotentOrdering;
import org.isoko.ordering.IdempotentOrdering.Placed;
import org.isoko.ordering.Order;
import org.isoko.ordering.OrderFilter;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderManagement;
import org.isoko.ordering.OrderManagement.PaymentOutcome;
import org.isoko.ordering.OrderManagement.Scope;
import org.isoko.ordering.OrderStatus;
import org.isoko.ordering.OrderSummary;
import org.isoko.ordering.OrderView;
import org.isoko.ordering.PaymentAttempts;
import org.isoko.ordering.QuoteJson;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.ordering.web.OrderRequests.CancelRequest;
import org.isoko.ordering.web.OrderRequests.DeclineRequest;
import org.isoko.ordering.web.OrderRequests.PaymentJson;
import org.isoko.ordering.web.OrderRequests.PaymentRequest;
import org.isoko.ordering.web.OrderRequests.PaymentResponse;
import org.isoko.ordering.web.OrderRequests.PlaceOrderRequest;
import org.isoko.ordering.web.OrderRequests.ShipmentRequest;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Msisdn;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/orders", produces = "application/json")
@Tag(name = "Orders",
		description = "Orders of one seller: place (with Idempotency-Key), pay (mobile money or wallet, into escrow), "
				+ "accept, decline, ship, confirm delivery, cancel; each with its status timeline")
class OrdersApi {

	private final IdempotentOrdering idempotent;

	private final OrderManagement orders;

	private final PaymentAttempts attempts;

	private final QuoteJson quotes;

	OrdersApi(IdempotentOrdering idempotent, OrderManagement orders, PaymentAttempts attempts, QuoteJson quotes) {
		this.quotes = quotes;
		this.attempts = attempts;
		this.idempotent = idempotent;
		this.orders = orders;
	}

	@PostMapping(consumes = "application/json")
	@PreAuthorize("hasRole('BUYER')")
	@Operation(summary = "Places an order for lines of one seller (buyers)",
			description = "Header Idempotency-Key is required. "
					+ "Body: {corridorId?, regime?, lines: [{lotId, corridorId, quantity}], deliveryAddress: {name, phone, line, city, region, "
					+ "postcode?, country?}}. Quantities are whole numbers ≥ the lot's minimum order quantity. The order charges the landed "
					+ "cost of a trade quote (goods, freight, insurance, duty, taxes, fees in the buyer's currency), kept whole in the order "
					+ "(quote); regime is optional (default: cross-border retail for consumers in China, the bloc's regime inside the EAC, "
					+ "else general trade) and must be one the corridor allows (400 naming regime). A consumer's order above China's "
					+ "cross-border retail limits (RMB 5,000 per order, RMB 26,000 per buyer per year) is refused with 409 naming the limit "
					+ "and the quota left. Under cross-border retail the orderer's identity is required: orderer: {name, idNumber} (the "
					+ "real name and 18-character resident ID number of the account holder, who pays) or {savedId} of a saved one "
					+ "(GET /api/v1/customs/identities); 400 naming orderer, orderer.name, orderer.idNumber or orderer.savedId. Stock is reserved at once and released if the order is not paid within the reservation time "
					+ "(default 15 minutes). 201 with the order; replaying the key with the same body answers 200 with the same order (the "
					+ "quota is counted once); the same key with another body answers 409. Sold out: 409 naming the lot and what is left.")
	ResponseEntity<OrderJson> place(CurrentUser buyer,
			@Parameter(description = "A unique value per new order, the same when retrying") @RequestHeader(
					name = IdempotencyRecords.HEADER, required = false) @Nullable String key,
			@RequestBody PlaceOrderRequest request, Locale locale) {
		IdempotencyRecords.requireKey(key);
		Placed placed = idempotent.place(buyer, key, request.toCommand(buyer), locale);
		if (!placed.created()) {
			OrderJson body = OrderJson.of(placed.order(), orders.view(buyer, placed.order().id()).timeline(), quotes);
			return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(body);
		}
		// A new order's timeline is its placement, written with it: not read back.
		OrderJson body = OrderJson.of(placed.order(), placed.order().newHistory(), quotes);
		return ResponseEntity.created(URI.create("/api/v1/orders/" + placed.order().id())).body(body);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Shows an order with its timeline",
			description = "Visible to its buyer, the seller, hub operators of its "
					+ "origin or destination hub and admins; 404 for everyone else.")
	OrderJson show(CurrentUser user, @PathVariable OrderId id) {
		OrderView view = orders.view(user, id);
		return OrderJson.of(view.order(), view.timeline(), quotes);
	}

	@GetMapping
	@Operation(summary = "Lists the caller's orders, newest first", description = "as=buyer (my purchases), seller (my "
			+ "organisation's sales) or hub (hub operators: orders from or to their hub; admins: all). Default: hub for operators and "
			+ "admins, seller for sellers, else buyer. Filters: status, seller, corridor, from, to (placement days, UTC). page from 0, "
			+ "size 1..100 (default 20).")
	PageOf<OrderSummary> list(CurrentUser user, @RequestParam(required = false) @Nullable String as,
			@RequestParam(required = false) @Nullable OrderStatus status,
			@RequestParam(required = false) @Nullable OrganisationId seller,
			@RequestParam(required = false) @Nullable CorridorId corridor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return orders.list(user, scope(user, as), new OrderFilter(null, null, null, status, seller, corridor, from, to),
				PageRequest.of(page, size));
	}

	@PostMapping("/{id}/payments")
	@PreAuthorize("hasRole('BUYER')")
	@Operation(summary = "Pays a PLACED order (its buyer) with a provider: MOMO (mobile money) or WALLET",
			description = "Header "
					+ "Idempotency-Key is required; a replay answers the first payment and charges nothing more. Body {\"provider\":\"MOMO\", "
					+ "\"phone\":\"+250788123456\"} (phone defaults to the delivery address's) or {\"provider\":\"WALLET\"}; optional \"amount\" and \"currency\" must "
					+ "match the order's total (400 otherwise). Answers 201 (a replay of the key: 200 with Idempotent-Replayed) "
					+ "with the payment and what the buyer must do next (approve the prompt on the phone; open redirectUrl or scan "
					+ "qrPayload). The order becomes PAID when the provider confirms (callback or polling): follow it with "
					+ "GET /api/v1/orders/{id} or GET /api/v1/orders/{id}/payments. Paying an expired, paid or cancelled order, or while "
					+ "another payment of the order waits for approval: 409. A provider that does not take the order's currency: 400.")
	ResponseEntity<PaymentResponse> pay(CurrentUser buyer, @PathVariable OrderId id,
			@RequestHeader(name = IdempotencyRecords.HEADER, required = false) @Nullable String key,
			@RequestBody(required = false) @Nullable PaymentRequest request) {
		IdempotencyRecords.requireKey(key);
		Msisdn phone = null;
		if (request != null) {
			Order order = orders.view(buyer, id).order(); // read once for both checks
			request.requireMatches(order.total());
			phone = phone(order, request);
		}
		PaymentOutcome outcome = idempotent.pay(buyer, id, key, request == null ? null : request.provider(), phone);
		if (outcome.replayed()) {
			return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(PaymentResponse.of(outcome));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(PaymentResponse.of(outcome));
	}

	/**
	 * The payer's number: the one given, else the delivery address's, for providers that
	 * need one.
	 */
	private @Nullable Msisdn phone(Order order, PaymentRequest request) {
		if (request.provider() == null || !orders.step(request.provider()).needsPhone()) {
			return null;
		}
		Msisdn given = OrderRequests.payerPhone(request.phone());
		return given != null ? given : order.address().phone();
	}

	@GetMapping("/{id}/payments")
	@Operation(summary = "The payments of an order, oldest first, with their status and what the buyer must do next")
	List<PaymentJson> payments(CurrentUser user, @PathVariable OrderId id) {
		orders.view(user, id); // 404 unless the caller may see the order
		return attempts.of(id).stream().map(PaymentJson::of).toList();
	}

	@PostMapping("/{id}/acceptance")
	@PreAuthorize("hasRole('SELLER')")
	@Operation(summary = "Accepts a PAID order (its seller)")
	OrderJson accept(CurrentUser seller, @PathVariable OrderId id) {
		return json(seller, orders.accept(seller, id));
	}

	@PostMapping("/{id}/decline")
	@PreAuthorize("hasRole('SELLER')")
	@Operation(summary = "Declines a PLACED or PAID order with a reason (its seller); the stock returns")
	OrderJson decline(CurrentUser seller, @PathVariable OrderId id,
			@RequestBody(required = false) @Nullable DeclineRequest request) {
		return json(seller, orders.decline(seller, id, request == null ? null : request.reason()));
	}

	@PostMapping("/{id}/shipment")
	@PreAuthorize("hasRole('SELLER')")
	@Operation(summary = "Marks an ACCEPTED order shipped with carrier and tracking number (its seller)")
	OrderJson ship(CurrentUser seller, @PathVariable OrderId id,
			@RequestBody(required = false) @Nullable ShipmentRequest request) {
		if (request == null) {
			throw new InvalidInput("carrier", "carrier is required");
		}
		return json(seller, orders.ship(seller, id, request.carrier(), request.trackingNumber()));
	}

	@PostMapping("/{id}/delivery-confirmation")
	@PreAuthorize("hasRole('BUYER')")
	@Operation(summary = "Confirms delivery of a SHIPPED (or customs-CLEARED) order (its buyer)",
			description = "The order becomes "
					+ "DELIVERED, then COMPLETED at once, which releases the escrowed payment to the seller, carrier and customs.")
	OrderJson confirmDelivery(CurrentUser buyer, @PathVariable OrderId id) {
		return json(buyer, orders.confirmDelivery(buyer, id));
	}

	@PostMapping("/{id}/cancellation")
	@Operation(summary = "Cancels an order; the stock returns",
			description = "The buyer while PLACED or PAID (before the seller "
					+ "accepts); the seller once ACCEPTED but not shipped. Body {reason?}.")
	OrderJson cancel(CurrentUser user, @PathVariable OrderId id,
			@RequestBody(required = false) @Nullable CancelRequest request) {
		return json(user, orders.cancel(user, id, request == null ? null : request.reason()));
	}

	private OrderJson json(CurrentUser user, Order order) {
		return OrderJson.of(order, orders.view(user, order.id()).timeline(), quotes);
	}

	private static Scope scope(CurrentUser user, @Nullable String as) {
		if (as == null || as.isBlank()) {
			return OrderManagement.defaultScope(user);
		}
		try {
			return Scope.valueOf(as.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("as", "as must be buyer, seller or hub, got '" + as + "'");
		}
	}

}
