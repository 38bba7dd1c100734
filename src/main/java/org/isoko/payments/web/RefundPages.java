package org.isoko.payments.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.ordering.OrderId;
import org.isoko.payments.RefundRequests;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The seller's refund page of one order: what was paid and what escrow still holds, the
 * refunds so far, and a form (amount, reason) carrying a one-time key, so that submitting
 * it twice refunds once. Errors come back next to their field; a refusal by the order's
 * state as a notice. Hub operators of the order's hubs (and admins) have the same page
 * under /operator/orders/{id}/refunds, next to their order page; {@link RefundRequests}
 * decides who may refund which order.
 */
@Controller
class RefundPages {

	private final RefundRequests requests;

	RefundPages(RefundRequests requests) {
		this.requests = requests;
	}

	static final String SELLER = "/seller/orders";

	static final String OPERATOR = "/operator/orders";

	@GetMapping("/seller/orders/{id}/refunds")
	@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
	String refunds(CurrentUser user, @PathVariable OrderId id, @RequestParam(required = false) @Nullable Integer page,
			Model model) {
		return page(user, id, page, SELLER, model);
	}

	@GetMapping("/operator/orders/{id}/refunds")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String hubRefunds(CurrentUser user, @PathVariable OrderId id,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		return page(user, id, page, OPERATOR, model);
	}

	@PostMapping("/operator/orders/{id}/refunds")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String hubRequest(CurrentUser user, @PathVariable OrderId id, @RequestParam(required = false) @Nullable String key,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String currency,
			@RequestParam(required = false) @Nullable String reason, Model model) {
		return request(user, id, key, amount, currency, reason, OPERATOR, model);
	}

	private String page(CurrentUser user, OrderId id, @Nullable Integer page, String base, Model model) {
		model.addAttribute("base", base);
		model.addAttribute("refundable", requests.refundable(user, id));
		model.addAttribute("refunds", requests.list(user, id, PageRequest.of(page, 20)));
		model.addAttribute("key", UUID.randomUUID().toString());
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "payments/seller-refunds";
	}

	@PostMapping("/seller/orders/{id}/refunds")
	@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
	String request(CurrentUser user, @PathVariable OrderId id, @RequestParam(required = false) @Nullable String key,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String currency,
			@RequestParam(required = false) @Nullable String reason, Model model) {
		return request(user, id, key, amount, currency, reason, SELLER, model);
	}

	private String request(CurrentUser user, OrderId id, @Nullable String key, @Nullable String amount,
			@Nullable String currency, @Nullable String reason, String base, Model model) {
		try {
			requests.request(user, id, decimal(amount), currency, reason, key);
			return "redirect:" + base + "/" + id + "/refunds?requested";
		}
		catch (InvalidInput e) {
			String field = e.field() == null ? "amount" : e.field();
			model.addAttribute("fieldErrors", Map.of(field, "payments.refund.error." + messageKey(field)));
			model.addAttribute("detail", e.getMessage());
		}
		catch (Conflict e) {
			model.addAttribute("notice", "payments.refund.error.state");
			model.addAttribute("detail", e.getMessage());
		}
		model.addAttribute("amount", amount);
		model.addAttribute("reason", reason);
		return page(user, id, null, base, model);
	}

	private static String messageKey(String field) {
		return switch (field) {
			case "currency", "reason" -> field;
			case "Idempotency-Key" -> "key";
			default -> "amount";
		};
	}

	private static @Nullable BigDecimal decimal(@Nullable String amount) {
		if (amount == null || amount.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(amount.strip()); // "12,50" is refused, never read as
													// 1250
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("amount", "'" + amount + "' is not an amount");
		}
	}

}
