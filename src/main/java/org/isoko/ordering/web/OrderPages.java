package org.isoko.ordering.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.ProductText;
import org.isoko.catalog.Written;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationId;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.ordering.IdempotentOrdering;
import org.isoko.ordering.OrderFilter;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderLine;
import org.isoko.ordering.OrderManagement;
import org.isoko.ordering.OrderCustomsEntries;
import org.isoko.ordering.OrdererIdentities;
import org.isoko.ordering.OrderManagement.Scope;
import org.isoko.ordering.OrderStatus;
import org.isoko.ordering.OrderSummary;
import org.isoko.ordering.OrderView;
import org.isoko.ordering.PaymentAttempts;
import org.isoko.ordering.PaymentStep;
import org.isoko.ordering.SellerStatement;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Msisdn;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Order pages for the three people who follow an order: the buyer (/orders), the seller
 * (/seller/orders, the inbox) and hub operators (/operator/orders, the hub console). One
 * list template and one order template serve all three; the actions shown depend on how
 * the viewer relates to the order. Actions post and redirect back with a notice, or with
 * the error next to its field.
 */
@Controller
class OrderPages {

	static final int PAGE_SIZE = 20;
	static final int PAYMENT_REFRESH_SECONDS = 5;

	private static final TrackingLinks TRACKING = TrackingLinks.fromTable();

	private final OrderManagement orders;

	private final IdempotentOrdering idempotent;

	private final Network network;

	private final PaymentAttempts attempts;

	private final List<SellerStatement> statements;

	private final Catalog catalog;

	private final ObjectProvider<OrdererIdentities> identities;

	private final ObjectProvider<OrderCustomsEntries> customsEntries;

	OrderPages(OrderManagement orders, IdempotentOrdering idempotent, Network network, PaymentAttempts attempts,
			List<SellerStatement> statements, Catalog catalog, ObjectProvider<OrdererIdentities> identities,
			ObjectProvider<OrderCustomsEntries> customsEntries) {
		this.identities = identities;
		this.customsEntries = customsEntries;
		this.statements = statements;
		this.catalog = catalog;
		this.attempts = attempts;
		this.orders = orders;
		this.idempotent = idempotent;
		this.network = network;
	}

	// ---- lists

	@GetMapping("/orders")
	@PreAuthorize("hasRole('BUYER')")
	String buyerOrders(CurrentUser user, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		return list(user, Scope.BUYER, "/orders", status, null, null, null, null, page, model);
	}

	@GetMapping("/seller/orders")
	@PreAuthorize("hasRole('SELLER')")
	String sellerOrders(CurrentUser user, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		return list(user, Scope.SELLER, "/seller/orders", status, null, null, null, null, page, model);
	}

	@GetMapping("/operator/orders")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String hubOrders(CurrentUser user, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String seller,
			@RequestParam(required = false) @Nullable String corridor,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		List<Corridor> corridors = user.isAdmin() ? network.corridors()
				: network.corridors().stream().filter(c -> c.touches(user.hub())).toList();
		model.addAttribute("corridors", corridors);
		return list(user, Scope.HUB, "/operator/orders", status, seller, corridor, from, to, page, model);
	}

	private String list(CurrentUser user, Scope scope, String base, @Nullable String status, @Nullable String seller,
			@Nullable String corridor, @Nullable String from, @Nullable String to, @Nullable Integer page,
			Model model) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		OrderStatus statusFilter = parse(errors, "status", status, OrderStatus::valueOf);
		OrganisationId sellerFilter = parse(errors, "seller", seller, OrganisationId::of);
		CorridorId corridorFilter = parse(errors, "corridor", corridor, CorridorId::of);
		LocalDate fromFilter = parse(errors, "from", from, LocalDate::parse);
		LocalDate toFilter = parse(errors, "to", to, LocalDate::parse);
		PageOf<OrderSummary> result;
		try {
			result = orders.list(user, scope,
					new OrderFilter(null, null, null, statusFilter, sellerFilter, corridorFilter, fromFilter, toFilter),
					new PageRequest(Math.max(0, Math.min(page == null ? 0 : page, 1_000_000)), PAGE_SIZE));
		}
		catch (InvalidInput e) {
			errors.put(e.field() == null ? "status" : e.field(), e.getMessage());
			result = orders.list(user, scope, new OrderFilter(null, null, null, null, null, null, null, null),
					new PageRequest(0, PAGE_SIZE));
		}
		model.addAttribute("scope", scope.name());
		model.addAttribute("base", base);
		model.addAttribute("orders", result);
		model.addAttribute("statuses", Arrays.asList(OrderStatus.values()));
		model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
		model.addAttribute("seller", seller == null ? "" : seller);
		if (scope == Scope.HUB) {
			model.addAttribute("sellers", orders.sellersToFilterBy(user));
		}
		model.addAttribute("corridor", corridor == null ? "" : corridor);
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		model.addAttribute("errors", errors);
		model.addAttribute("query", query(statusFilter, seller, corridor, from, to));
		return "ordering/orders";
	}

	private static String query(@Nullable OrderStatus status, @Nullable String seller, @Nullable String corridor,
			@Nullable String from, @Nullable String to) {
		StringBuilder query = new StringBuilder("?");
		append(query, "status", status == null ? null : status.name());
		append(query, "seller", seller);
		append(query, "corridor", corridor);
		append(query, "from", from);
		append(query, "to", to);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			query.append(name)
				.append('=')
				.append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8))
				.append('&');
		}
	}

	private static <T> @Nullable T parse(Map<String, String> errors, String field, @Nullable String value,
			java.util.function.Function<String, T> parser) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.trim());
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			errors.put(field, "'" + value + "' is not a valid " + field);
			return null;
		}
	}

	// ---- one order

	@GetMapping("/orders/{id}")
	@PreAuthorize("hasRole('BUYER')")
	String buyerOrder(CurrentUser user, @PathVariable OrderId id, Model model, HttpServletResponse response) {
		String page = show(user, id, "/orders", model, response);
		// Only the buyer sees who the order was declared for, and only masked.
		model.addAttribute("orderer",
				identities.getIfAvailable() == null ? null : identities.getObject().ofOrder(id).orElse(null));
		return page;
	}

	@GetMapping("/seller/orders/{id}")
	@PreAuthorize("hasRole('SELLER')")
	String sellerOrder(CurrentUser user, @PathVariable OrderId id, Model model, HttpServletResponse response) {
		String page = show(user, id, "/seller/orders", model, response);
		// The customs entries of the consignments the parcel travels in: the seller
		// answers a query by supplying the missing documents.
		OrderView view = (OrderView) model.getAttribute("view");
		OrderCustomsEntries entries = customsEntries.getIfAvailable();
		model.addAttribute("customsEntries",
				entries == null || view == null || !view.viewedBySeller() ? List.of() : entries.ofOrder(id));
		return page;
	}

	@GetMapping("/operator/orders/{id}")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String hubOrder(CurrentUser user, @PathVariable OrderId id, Model model, HttpServletResponse response) {
		return show(user, id, "/operator/orders", model, response);
	}

	private String show(CurrentUser user, OrderId id, String base, Model model, HttpServletResponse response) {
		OrderView view = orders.view(user, id);
		model.addAttribute("view", view);
		model.addAttribute("base", base);
		model.addAttribute("lineTexts",
				"/orders".equals(base) ? Map.of() : lineTexts(view, LocaleContextHolder.getLocale()));
		model.addAttribute("rounding", OrderJson.ROUNDING);
		model.addAttribute("trackingUrl", TRACKING.url(view.order().carrier(), view.order().trackingNumber()));
		// What the seller receives, as payments computes and posts it (never the buyer's
		// total): for the seller and the hub, not for the buyer.
		model.addAttribute("proceeds",
				!view.showsSellerProceeds() ? null
						: statements.stream()
							.map(statement -> statement.proceeds(view.order()))
							.flatMap(java.util.Optional::stream)
							.findFirst()
							.orElse(null));
		// A fresh key per rendering: submitting the same form twice replays instead of
		// paying twice.
		model.addAttribute("paymentKey", UUID.randomUUID().toString());
		List<PaymentStep.Attempt> payments = attempts.of(id);
		boolean waiting = view.buyerMayPay() && payments.stream().anyMatch(PaymentStep.Attempt::isOpen);
		model.addAttribute("payments", payments);
		model.addAttribute("paymentWaiting", waiting);
		// The wallet's QR code as an image a phone can scan (its text alone overflowed
		// the
		// panel).
		Map<UUID, QrCodeSvg> qrCodes = new HashMap<>();
		payments.stream()
			.filter(p -> p.isOpen() && p.next().qrPayload() != null)
			.forEach(p -> qrCodes.put(p.id(), QrCodeSvg.of(Objects.requireNonNull(p.next().qrPayload()))));
		model.addAttribute("qrCodes", qrCodes);
		if (waiting) {
			// Follow the provider's answer without JavaScript (and without a 50 KB
			// library): the browser reloads the page.
			response.setHeader("Refresh", String.valueOf(PAYMENT_REFRESH_SECONDS));
		}
		model.addAttribute("paymentSteps", orders.steps(view.order().total().currency()));
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "ordering/order";
	}

	/**
	 * Starts a payment with the chosen provider; the order page then shows what to do
	 * next and follows the status.
	 */
	@PostMapping("/orders/{id}/pay")
	@PreAuthorize("hasRole('BUYER')")
	String pay(CurrentUser user, @PathVariable OrderId id, @RequestParam(required = false) @Nullable String paymentKey,
			@RequestParam(required = false) @Nullable String provider,
			@RequestParam(required = false) @Nullable String phone, RedirectAttributes redirect) {
		redirect.addFlashAttribute("phone", phone);
		boolean[] settled = { false };
		String target = act("/orders/", id, redirect, "paymentStarted", () -> {
			Msisdn payer = OrderRequests.payerPhone(phone);
			settled[0] = idempotent.pay(user, id, paymentKey, provider, payer).attempt().settled();
		});
		if (settled[0]) {
			redirect.addFlashAttribute("done", "paid"); // the demo step pays at once
		}
		return target;
	}

	@PostMapping("/orders/{id}/cancel")
	@PreAuthorize("hasRole('BUYER')")
	String buyerCancel(CurrentUser user, @PathVariable OrderId id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act("/orders/", id, redirect, "cancelled", () -> orders.cancel(user, id, reason));
	}

	@PostMapping("/orders/{id}/confirm-delivery")
	@PreAuthorize("hasRole('BUYER')")
	String confirmDelivery(CurrentUser user, @PathVariable OrderId id,
			@RequestParam(required = false) @Nullable String confirm, RedirectAttributes redirect) {
		// Confirming releases the escrow to the seller: the buyer ticks that they know
		// (checked here, so it holds without JavaScript); without it nothing changes.
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("confirmMissing", true);
			return "redirect:/orders/" + id + "#confirm-form";
		}
		return act("/orders/", id, redirect, "delivered", () -> orders.confirmDelivery(user, id));
	}

	@PostMapping("/seller/orders/{id}/accept")
	@PreAuthorize("hasRole('SELLER')")
	String accept(CurrentUser user, @PathVariable OrderId id, RedirectAttributes redirect) {
		return act("/seller/orders/", id, redirect, "accepted", () -> orders.accept(user, id));
	}

	@PostMapping("/seller/orders/{id}/decline")
	@PreAuthorize("hasRole('SELLER')")
	String decline(CurrentUser user, @PathVariable OrderId id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		return act("/seller/orders/", id, redirect, "declined", () -> orders.decline(user, id, reason));
	}

	@PostMapping("/seller/orders/{id}/ship")
	@PreAuthorize("hasRole('SELLER')")
	String ship(CurrentUser user, @PathVariable OrderId id, @RequestParam(required = false) @Nullable String carrier,
			@RequestParam(required = false) @Nullable String trackingNumber, RedirectAttributes redirect) {
		redirect.addFlashAttribute("carrier", carrier);
		redirect.addFlashAttribute("trackingNumber", trackingNumber);
		return act("/seller/orders/", id, redirect, "shipped", () -> orders.ship(user, id, carrier, trackingNumber));
	}

	@PostMapping("/seller/orders/{id}/cancel")
	@PreAuthorize("hasRole('SELLER')")
	String sellerCancel(CurrentUser user, @PathVariable OrderId id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act("/seller/orders/", id, redirect, "cancelled", () -> orders.cancel(user, id, reason));
	}

	/**
	 * Runs an action; a refused one comes back as a notice, or next to its field for a
	 * form input.
	 */
	private static String act(String base, OrderId id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("fieldErrors", Map.of(e.field() == null ? "action" : e.field(), e.getMessage()));
		}
		catch (Conflict e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:" + base + id;
	}

	/**
	 * The line titles and units as a seller or hub operator reads them: in their own
	 * language from the catalog (the order keeps them as the buyer read them, in the
	 * buyer's language), by line number; a line whose lot is gone keeps the buyer's.
	 */
	private Map<Integer, LineText> lineTexts(OrderView view, Locale locale) {
		Map<Integer, LineText> texts = new HashMap<>();
		for (OrderLine line : view.order().lines()) {
			catalog.lot(line.lot()).ifPresent(lot -> {
				ProductText text = lot.text(locale);
				texts.put(line.lineNo(),
						new LineText(new Written(text.name(), text.language()), lot.unitOfSale(locale)));
			});
		}
		return texts;
	}

	/** A line's product name and unit of sale in the reader's language. */
	record LineText(Written name, Written unitOfSale) {
	}

}
