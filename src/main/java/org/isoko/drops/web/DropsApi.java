package org.isoko.drops.web;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.isoko.drops.Drop;
import org.isoko.drops.DropId;
import org.isoko.drops.DropOrdering;
import org.isoko.drops.DropOrdering.Placed;
import org.isoko.drops.DropRateLimits;
import org.isoko.drops.DropRefused;
import org.isoko.drops.DropScheduling;
import org.isoko.drops.DropTooManyRequests;
import org.isoko.drops.web.DropRequests.CloseDropRequest;
import org.isoko.drops.web.DropRequests.CreateDropRequest;
import org.isoko.drops.web.DropRequests.DropJson;
import org.isoko.drops.web.DropRequests.DropOrderRequest;
import org.isoko.identity.CurrentUser;
import org.isoko.ordering.OrderManagement;
import org.isoko.ordering.QuoteJson;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.ordering.web.OrderJson;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.ProblemJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
@RequestMapping(path = "/api/v1/drops", produces = "application/json")
@Tag(name = "Drops",
		description = "Limited sales: part of a lot sold in a time window with a cap per buyer organisation")
class DropsApi {

	private final DropScheduling scheduling;

	private final DropOrdering ordering;

	private final DropRateLimits limits;

	private final OrderManagement orders;

	private final DropAnswers answers;

	private final QuoteJson quotes;

	DropsApi(DropScheduling scheduling, DropOrdering ordering, DropRateLimits limits, OrderManagement orders,
			DropAnswers answers, QuoteJson quotes) {
		this.quotes = quotes;
		this.scheduling = scheduling;
		this.ordering = ordering;
		this.limits = limits;
		this.orders = orders;
		this.answers = answers;
	}

	@GetMapping
	@Operation(summary = "Lists open drops (upcoming or running), soonest first — public",
			description = "scope=hub (hub operators: "
					+ "every drop of their hub, past ones too; admins: all hubs). page from 0, size 1..100 (default 20).")
	PageOf<DropJson> list(java.util.Optional<CurrentUser> user, @RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		PageRequest request = PageRequest.of(page, size);
		PageOf<Drop> drops;
		if (scope == null || scope.isBlank() || scope.equals("open")) {
			drops = scheduling.open(request);
		}
		else if (scope.equals("hub")) {
			drops = scheduling
				.ofHub(user.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
						"Sign in as a hub operator to see a hub's drops")), request);
		}
		else {
			throw new InvalidInput("scope", "scope must be open or hub, got '" + scope + "'");
		}
		java.time.Instant now = scheduling.now();
		return new PageOf<>(drops.items().stream().map(d -> DropJson.of(d, now)).toList(), drops.page(), drops.size(),
				drops.totalItems(), drops.totalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Shows a drop with its live remaining units, phase and countdown — public")
	DropJson show(@PathVariable DropId id) {
		return DropJson.of(scheduling.drop(id), scheduling.now());
	}

	@PostMapping(consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Schedules a drop (hub operators of the lot's hub; admins)",
			description = "Body: {title, lotId, quantity, "
					+ "perBuyerCap, startsAt, endsAt (ISO-8601 instants), corridors: [corridorId…]}. The quantity is taken out of the lot's "
					+ "available stock at once (400 naming quantity when the lot has fewer); what is unsold when the drop ends goes back to the "
					+ "lot. Corridors must be ones the lot is listed on. A drop overlapping another open drop of the same lot: 409. 201 with the drop.")
	ResponseEntity<DropJson> schedule(CurrentUser operator, @RequestBody CreateDropRequest request) {
		Drop drop = scheduling.schedule(operator, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/drops/" + drop.id()))
			.body(DropJson.of(drop, scheduling.now()));
	}

	@PostMapping(path = "/{id}/close", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Closes a drop before its end (hub operators of the drop's hub; admins)",
			description = "Body: {reason} "
					+ "(required, at most 300 characters; shown to buyers). No order is taken after this; the units left go back to the lot at "
					+ "once; orders placed before stay valid. An upcoming drop is cancelled the same way. 409 when the drop has ended or was "
					+ "closed already. 200 with the closed drop.")
	DropJson close(CurrentUser operator, @PathVariable DropId id, @RequestBody CloseDropRequest request) {
		return DropJson.of(scheduling.closeEarly(operator, id, request.reason()), scheduling.now());
	}

	@PostMapping(path = "/{id}/orders", consumes = "application/json")
	@PreAuthorize("hasRole('BUYER')")
	@Operation(summary = "Orders from a live drop (buyers), with Idempotency-Key",
			description = "Body: {quantity, corridorId?, "
					+ "deliveryAddress: {name, phone, line, city, region, postcode?}}. corridorId defaults to the drop's corridor into the buyer's "
					+ "country. A drop order is a normal order: 201 with the order, PLACED, its units reserved until expiresAt (then they return "
					+ "to the drop); pay it with POST /api/v1/orders/{id}/payments. The per-buyer cap counts the units the buyer's ORGANISATION "
					+ "holds in the drop (placed or paid orders), whatever the session or token. 409: sold out, cap reached, not started or "
					+ "ended (the message says which). 429 with Retry-After: too many requests from the account or the client address. "
					+ "Replaying the key answers 200 with the same order.")
	@Nullable ResponseEntity<OrderJson> order(CurrentUser buyer, @PathVariable DropId id,
			@Parameter(description = "A unique value per new order, the same when retrying") @RequestHeader(
					name = IdempotencyRecords.HEADER, required = false) @Nullable String key,
			@RequestBody DropOrderRequest request, HttpServletRequest http, HttpServletResponse response, Locale locale)
			throws Exception {
		limits.check(buyer, http.getRemoteAddr());
		CompletableFuture<Placed> placed;
		try {
			placed = ordering.orderAsync(buyer, id, key, request.toCommand(buyer), locale);
		}
		catch (DropRefused refused) {
			// Most answers of a rush: written here rather than through exception
			// resolution, which costs more than the rest.
			ProblemJson.write(response, HttpServletResponse.SC_CONFLICT, "Conflict", refused.getMessage(),
					http.getRequestURI());
			return null;
		}
		if (placed.isDone()) { // a replay, or the naive strategy, which answers on this
								// thread
			try {
				return answer(buyer, placed.join());
			}
			catch (CompletionException e) {
				if (e.getCause() instanceof DropRefused refused) {
					ProblemJson.write(response, HttpServletResponse.SC_CONFLICT, "Conflict", refused.getMessage(),
							http.getRequestURI());
					return null;
				}
				throw e.getCause() instanceof RuntimeException cause ? cause : e;
			}
		}
		// The claim waits for its batch's commit: without holding this request thread, so
		// that a few threads serve the rush
		// and the batches fill up. The answer is written when the batch commits (see
		// DropAnswers).
		answers.later(http, response, placed, order -> answer(buyer, order));
		return null;
	}

	private ResponseEntity<OrderJson> answer(CurrentUser buyer, Placed placed) {
		if (!placed.created()) {
			return ResponseEntity.ok()
				.header("Idempotent-Replayed", "true")
				.body(OrderJson.of(placed.order(), orders.view(buyer, placed.order().id()).timeline(), quotes));
		}
		return ResponseEntity.created(URI.create("/api/v1/orders/" + placed.order().id()))
			.body(OrderJson.of(placed.order(), placed.order().newHistory(), quotes));
	}

	@ExceptionHandler(DropTooManyRequests.class)
	ResponseEntity<ProblemDetail> tooMany(DropTooManyRequests e) {
		return ProblemJson.response(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", e.getMessage())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
			.build();
	}

}
