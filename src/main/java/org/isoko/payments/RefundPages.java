package org.isoko.payments;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.ordering.OrderId;
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
 * state as a notice.
 */
@Controller
class RefundPages {

	private final RefundRequests requests;

	RefundPages(RefundRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/seller/orders/{id}/refunds")
	@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
	String refunds(CurrentUser user, @PathVariable OrderId id, @RequestParam(required = false) @Nullable Integer page,
			Model model) {
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
		try {
			requests.request(user, id, decimal(amount), currency, reason, key);
			return "redirect:/seller/orders/" + id + "/refunds?requested";
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
		return refunds(user, id, null, model);
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
