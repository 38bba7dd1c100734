package org.isoko.ordering.web;

import java.util.Map;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.ordering.AddressBook;
import org.isoko.ordering.AddressBook.Fields;
import org.isoko.ordering.CrossBorderLimitExceeded;
import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.trade.CrossBorderQuota;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A buyer's delivery addresses (list, add, edit, delete, choose the default that checkout
 * starts from) and, for a buyer in China, what they used of the cross-border retail
 * allowance this year. Linked from the account page.
 */
@Controller
@PreAuthorize("hasRole('BUYER')")
class AddressBookPages {

	private static final CountryCode CHINA = CountryCode.of("CN");

	private final AddressBook book;

	private final CrossBorderQuota quota;

	AddressBookPages(AddressBook book, CrossBorderQuota quota) {
		this.book = book;
		this.quota = quota;
	}

	@GetMapping("/account/addresses")
	String list(CurrentUser buyer, Model model) {
		return page(buyer, model, null, new Fields("", "", "", "", "", "", false), Map.of());
	}

	@GetMapping("/account/addresses/{id}")
	String edit(CurrentUser buyer, @PathVariable UUID id, Model model) {
		AddressBook.SavedAddress address = book.find(buyer, id)
			.orElseThrow(() -> new org.isoko.shared.NotFound("No saved address " + id));
		return page(buyer, model, id, Fields.of(address), Map.of());
	}

	@PostMapping("/account/addresses")
	String add(CurrentUser buyer, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String line,
			@RequestParam(defaultValue = "") String city, @RequestParam(defaultValue = "") String region,
			@RequestParam(defaultValue = "") String postcode,
			@RequestParam(required = false) @Nullable String makeDefault, Model model, RedirectAttributes redirect) {
		Fields fields = new Fields(name, phone, line, city, region, postcode, makeDefault != null);
		Map<String, String> problems;
		try {
			problems = book.add(buyer, fields);
		}
		catch (InvalidInput e) {
			problems = Map.of("address", e.getMessage());
		}
		if (!problems.isEmpty()) {
			return page(buyer, model, null, fields, problems);
		}
		redirect.addFlashAttribute("addressDone", "added");
		return "redirect:/account/addresses";
	}

	@PostMapping("/account/addresses/{id}")
	String update(CurrentUser buyer, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String line,
			@RequestParam(defaultValue = "") String city, @RequestParam(defaultValue = "") String region,
			@RequestParam(defaultValue = "") String postcode,
			@RequestParam(required = false) @Nullable String makeDefault, Model model, RedirectAttributes redirect) {
		Fields fields = new Fields(name, phone, line, city, region, postcode, makeDefault != null);
		Map<String, String> problems = book.update(buyer, id, fields);
		if (!problems.isEmpty()) {
			return page(buyer, model, id, fields, problems);
		}
		redirect.addFlashAttribute("addressDone", "saved");
		return "redirect:/account/addresses";
	}

	@PostMapping("/account/addresses/{id}/default")
	String makeDefault(CurrentUser buyer, @PathVariable UUID id, RedirectAttributes redirect) {
		book.makeDefault(buyer, id);
		redirect.addFlashAttribute("addressDone", "madeDefault");
		return "redirect:/account/addresses";
	}

	@PostMapping("/account/addresses/{id}/delete")
	String delete(CurrentUser buyer, @PathVariable UUID id, RedirectAttributes redirect) {
		book.delete(buyer, id);
		redirect.addFlashAttribute("addressDone", "deleted");
		return "redirect:/account/addresses";
	}

	private String page(CurrentUser buyer, Model model, @Nullable UUID editing, Fields form,
			Map<String, String> errors) {
		model.addAttribute("addresses", book.of(buyer));
		model.addAttribute("editing", editing);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("country", buyer.country());
		model.addAttribute("maxAddresses", AddressBook.MAX_ADDRESSES);
		// China's cross-border retail allowance concerns buyers receiving goods in China
		// only; nobody else sees it.
		if (CHINA.equals(buyer.country())) {
			Money limit = quota.annualLimit();
			Money remaining = quota.remaining(buyer.id());
			model.addAttribute("quotaUsed", CrossBorderLimitExceeded.rmb(limit.minus(remaining)));
			model.addAttribute("quotaLimit", CrossBorderLimitExceeded.rmb(limit));
			model.addAttribute("quotaRemaining", CrossBorderLimitExceeded.rmb(remaining));
		}
		return "ordering/addresses";
	}

}
