package org.isoko.trade.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.trade.ExemptionStatus;
import org.isoko.trade.TaxExemptions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A buyer's tax-exemption certificates (declare one, see its status) and the hub
 * operator's review of them (approve, or refuse with a reason). A refusal of the input is
 * shown next to its field, in the page's language, and changes nothing.
 */
@Controller
class TaxExemptionPages {

	private final TaxExemptions exemptions;

	private final Clock clock;

	TaxExemptionPages(TaxExemptions exemptions, Clock clock) {
		this.exemptions = exemptions;
		this.clock = clock;
	}

	@GetMapping("/trade/exemptions")
	@PreAuthorize("hasRole('BUYER')")
	String mine(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		return buyerPage(model, user, page, "", "", "", Map.of());
	}

	@PostMapping("/trade/exemptions")
	@PreAuthorize("hasRole('BUYER')")
	String declare(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String validFrom,
			@RequestParam(defaultValue = "") String validTo, CurrentUser user, Model model) {
		try {
			exemptions.declare(user, number, date("validFrom", validFrom), date("validTo", validTo));
			return "redirect:/trade/exemptions?declared";
		}
		catch (InvalidInput e) {
			String field = e.field() == null ? "number" : e.field();
			return buyerPage(model, user, 0, number, validFrom, validTo, Map.of(field, e.getMessage()));
		}
	}

	@GetMapping("/trade/exemptions/review")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String review(@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Model model) {
		ExemptionStatus filter = null;
		for (ExemptionStatus s : ExemptionStatus.values()) {
			if (s.name().equals(status)) {
				filter = s;
			}
		}
		model.addAttribute("status", filter == null ? "" : filter.name());
		model.addAttribute("statuses", ExemptionStatus.values());
		model.addAttribute("certificates", exemptions.forReview(user, filter, TradeForms.page(page)));
		return "trade/exemptions-review";
	}

	@PostMapping("/trade/exemptions/{id}/approve")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String approve(@PathVariable UUID id, CurrentUser user) {
		try {
			exemptions.approve(user, id);
			return "redirect:/trade/exemptions/review?approved";
		}
		catch (Conflict | NotFound e) {
			return "redirect:/trade/exemptions/review?stale";
		}
	}

	@PostMapping("/trade/exemptions/{id}/refuse")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String refuse(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, CurrentUser user) {
		try {
			exemptions.refuse(user, id, reason);
			return "redirect:/trade/exemptions/review?refused";
		}
		catch (InvalidInput e) {
			return "redirect:/trade/exemptions/review?noReason=" + id;
		}
		catch (Conflict | NotFound e) {
			return "redirect:/trade/exemptions/review?stale";
		}
	}

	private String buyerPage(Model model, CurrentUser user, int page, String number, String validFrom, String validTo,
			Map<String, String> errors) {
		model.addAttribute("rules", exemptions.rules(user.country()));
		model.addAttribute("country", user.country().value());
		model.addAttribute("certificates", exemptions.ofOrganisation(user.organisationId(), TradeForms.page(page)));
		model.addAttribute("number", number);
		model.addAttribute("validFrom", validFrom);
		model.addAttribute("validTo", validTo);
		model.addAttribute("errors", errors);
		model.addAttribute("today", LocalDate.now(clock));
		return "trade/exemptions";
	}

	private static @Nullable LocalDate date(String field, String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "Give the date as YYYY-MM-DD, got '" + value + "'");
		}
	}

}
