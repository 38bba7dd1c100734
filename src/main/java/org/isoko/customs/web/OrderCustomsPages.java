package org.isoko.customs.web;

import org.isoko.customs.WaybillCorrections;
import org.isoko.identity.CurrentUser;
import org.isoko.ordering.OrderId;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order's customs page (linked from the order page): where the seller reads why
 * customs holds the parcel and corrects the waybill's weight; the buyer and the hubs'
 * operators read the same without the form. A refused weight is shown by the field.
 */
@Controller
class OrderCustomsPages {

	private final WaybillCorrections corrections;

	OrderCustomsPages(WaybillCorrections corrections) {
		this.corrections = corrections;
	}

	@GetMapping("/orders/{order}/customs")
	String show(CurrentUser user, @PathVariable OrderId order, Model model) {
		model.addAttribute("c", corrections.ofOrder(user, order));
		model.addAttribute("order", order);
		model.addAttribute("w", new Weights());
		return "customs/order";
	}

	@PostMapping("/orders/{order}/customs/waybill-weight")
	String correct(CurrentUser user, @PathVariable OrderId order,
			@RequestParam(required = false) @Nullable String weightGrams, RedirectAttributes flash) {
		try {
			corrections.correctWeight(user, order, grams(weightGrams));
			flash.addFlashAttribute("notice", "customs.notice.corrected");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("weightError", "customs.error.weightGrams");
			flash.addFlashAttribute("typed", weightGrams);
		}
		catch (Conflict e) {
			flash.addFlashAttribute("weightError", "customs.error.state");
		}
		return "redirect:/orders/" + order + "/customs";
	}

	/** What was typed, as grams; anything else is refused by the field. */
	private static @Nullable Long grams(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(typed.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("weightGrams", "weightGrams must be a whole number of grams");
		}
	}

}
