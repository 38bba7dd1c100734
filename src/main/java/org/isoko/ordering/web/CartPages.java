package org.isoko.ordering.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.identity.CurrentUser;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.ordering.Carts;
import org.isoko.ordering.Checkout;
import org.isoko.ordering.Checkout.Result;
import org.isoko.ordering.DeliveryAddress;
import org.isoko.ordering.OrderPlacement;
import org.isoko.ordering.placement.LineRules;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
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
 * The cart and checkout pages. Forms post and redirect back with a notice or an error (no
 * JavaScript needed); the storefront's "add to cart" form posts lotId, corridorId and
 * quantity to {@code POST /cart/lines}.
 */
@Controller
@PreAuthorize("hasRole('BUYER')")
class CartPages {

	private final Carts carts;

	private final Checkout checkout;

	private final long reservationMinutes;

	CartPages(Carts carts, Checkout checkout, OrderPlacement placement) {
		this.carts = carts;
		this.checkout = checkout;
		this.reservationMinutes = placement.reservationTimeout().toMinutes();
	}

	@GetMapping("/cart")
	String cart(CurrentUser buyer, Locale locale, Model model) {
		model.addAttribute("cart", carts.view(buyer, locale));
		return "ordering/cart";
	}

	static final String REGIME_PARAM = "regime_";

	/**
	 * The regimes chosen on the checkout page, one select per order named
	 * {@code regime_<group key>}.
	 */
	static Map<String, CustomsRegime> regimes(Map<String, String> params) {
		Map<String, CustomsRegime> regimes = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(REGIME_PARAM) && value != null && !value.isBlank()) {
				try {
					regimes.put(name.substring(REGIME_PARAM.length()), CustomsRegime.valueOf(value.trim()));
				}
				catch (IllegalArgumentException e) {
					throw new InvalidInput("regime", "'" + value + "' is not a customs regime; choose one of "
							+ java.util.Arrays.toString(CustomsRegime.values()));
				}
			}
		});
		return regimes;
	}

	@PostMapping("/cart/lines")
	String add(CurrentUser buyer, @RequestParam(required = false) @Nullable String lotId,
			@RequestParam(required = false) @Nullable String corridorId,
			@RequestParam(required = false) @Nullable String quantity, RedirectAttributes redirect) {
		try {
			LotId lot = parse("lotId", lotId, LotId::of);
			CorridorId corridor = parse("corridorId", corridorId, CorridorId::of);
			carts.add(buyer, lot, corridor, LineRules.quantity("quantity", quantity == null ? "" : quantity));
			redirect.addFlashAttribute("added", true);
		}
		catch (IllegalArgumentException | Conflict e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/cart";
	}

	@PostMapping("/cart/lines/{id}")
	String change(CurrentUser buyer, @PathVariable UUID id, @RequestParam(required = false) @Nullable String quantity,
			RedirectAttributes redirect) {
		try {
			carts.change(buyer, id, LineRules.quantity("quantity", quantity == null ? "" : quantity));
			redirect.addFlashAttribute("changed", true);
		}
		catch (IllegalArgumentException | Conflict e) {
			redirect.addFlashAttribute("lineErrors", Map.of(id, e.getMessage()));
		}
		return "redirect:/cart";
	}

	@PostMapping("/cart/lines/{id}/remove")
	String remove(CurrentUser buyer, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			carts.remove(buyer, id);
			redirect.addFlashAttribute("removed", true);
		}
		catch (NotFound e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/cart";
	}

	@GetMapping("/checkout")
	String checkoutForm(CurrentUser buyer, @RequestParam Map<String, String> params, Locale locale, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, CustomsRegime> regimes = Map.of();
		try {
			regimes = regimes(params);
		}
		catch (InvalidInput e) {
			errors.put("regime", e.getMessage());
		}
		model.addAttribute("cart", carts.view(buyer, locale, regimes));
		model.addAttribute("address", new AddressForm(buyer.displayName(), "", "", "", "", ""));
		model.addAttribute("errors", errors);
		model.addAttribute("country", buyer.country());
		model.addAttribute("reservationMinutes", reservationMinutes);
		return "ordering/checkout";
	}

	/**
	 * What the checkout form holds (strings as typed, so that they can be shown back with
	 * their errors).
	 */
	record AddressForm(String name, String phone, String line, String city, String region, String postcode) {
	}

	@PostMapping("/checkout")
	String placeOrders(CurrentUser buyer, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String line,
			@RequestParam(defaultValue = "") String city, @RequestParam(defaultValue = "") String region,
			@RequestParam(defaultValue = "") String postcode,
			@RequestParam(required = false) @Nullable String recalculate, @RequestParam Map<String, String> params,
			Locale locale, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, CustomsRegime> regimes = Map.of();
		try {
			regimes = regimes(params);
		}
		catch (InvalidInput e) {
			errors.put("regime", e.getMessage());
		}
		if (recalculate == null && errors.isEmpty()) {
			// Placing the orders: the address must be complete; "recalculate" only
			// re-quotes under the chosen regimes.
			errors.putAll(DeliveryAddress.problems(name, phone, line, city, region, postcode));
			if (errors.isEmpty()) {
				try {
					DeliveryAddress address = DeliveryAddress.of(name, phone, line, city, region, postcode,
							buyer.country(), "");
					Result result = checkout.checkout(buyer, address, locale, regimes);
					model.addAttribute("result", result);
					return "ordering/checkout-result";
				}
				catch (InvalidInput e) {
					errors.put(e.field() == null ? "cart" : e.field(), e.getMessage());
				}
			}
		}
		model.addAttribute("cart", carts.view(buyer, locale, errors.containsKey("regime") ? Map.of() : regimes));
		model.addAttribute("address", new AddressForm(name, phone, line, city, region, postcode));
		model.addAttribute("errors", errors);
		model.addAttribute("country", buyer.country());
		model.addAttribute("reservationMinutes", reservationMinutes);
		return "ordering/checkout";
	}

	private static <T> T parse(String field, @Nullable String value, java.util.function.Function<String, T> parser) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, field + " is required");
		}
		return parser.apply(value);
	}

}
