package org.isoko.ordering.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.identity.CurrentUser;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.ordering.AddressBook;
import org.isoko.ordering.Carts;
import org.isoko.ordering.Checkout;
import org.isoko.ordering.Checkout.Result;
import org.isoko.ordering.CrossBorderSplitCheckout;
import org.isoko.ordering.CrossBorderSplitRefused;
import org.isoko.ordering.DeliveryAddress;
import org.isoko.ordering.OrderPlacement;
import org.isoko.ordering.Orderer;
import org.isoko.ordering.OrdererIdentities;
import org.isoko.ordering.Carts.CartView;
import org.isoko.ordering.placement.LineRules;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
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

	private final ObjectProvider<OrdererIdentities> identities;

	private final AddressBook addressBook;

	private final CrossBorderSplitCheckout splits;

	private final MessageSource messages;

	CartPages(Carts carts, Checkout checkout, OrderPlacement placement, ObjectProvider<OrdererIdentities> identities,
			AddressBook addressBook, CrossBorderSplitCheckout splits, MessageSource messages) {
		this.addressBook = addressBook;
		this.splits = splits;
		this.messages = messages;
		this.carts = carts;
		this.checkout = checkout;
		this.identities = identities;
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
		CartView cart = carts.view(buyer, locale, regimes);
		model.addAttribute("cart", cart);
		model.addAttribute("address", startingAddress(buyer, params.get("address")));
		model.addAttribute("savedAddresses", addressBook.of(buyer));
		ordererForm(model, buyer, cart, new OrdererForm("", "", ""), Map.of());
		model.addAttribute("errors", errors);
		model.addAttribute("country", buyer.country());
		model.addAttribute("reservationMinutes", reservationMinutes);
		splitProposal(model, buyer, params, locale, errors);
		return "ordering/checkout";
	}

	/**
	 * The address checkout starts from: the saved one asked for ({@code ?address=}), else
	 * the buyer's default saved address, else an empty form with the buyer's name.
	 */
	private AddressForm startingAddress(CurrentUser buyer, @Nullable String chosen) {
		java.util.Optional<AddressBook.SavedAddress> saved = java.util.Optional.empty();
		if (chosen != null && !chosen.isBlank()) {
			try {
				saved = addressBook.find(buyer, UUID.fromString(chosen.trim()));
			}
			catch (IllegalArgumentException e) {
				// not an id: start from the default
			}
		}
		if (saved.isEmpty()) {
			saved = addressBook.defaultOf(buyer);
		}
		return saved
			.map(a -> new AddressForm(a.name(), a.phone(), a.line(), a.city(), a.region(),
					a.postcode() == null ? "" : a.postcode()))
			.orElseGet(() -> new AddressForm(buyer.displayName(), "", "", "", "", ""));
	}

	/**
	 * In split mode ({@code split} names the cart's order above the cross-border retail
	 * limit, or is empty for the only one): the proposed orders, and a fresh
	 * Idempotency-Key for the form so that a double submit places them once. A refusal
	 * (nothing to split, a unit above the limit on its own) is shown above the form.
	 */
	private void splitProposal(Model model, CurrentUser buyer, Map<String, String> params, Locale locale,
			Map<String, String> errors) {
		model.addAttribute("split", null);
		if (!params.containsKey("split")) {
			return;
		}
		try {
			model.addAttribute("split", splits.propose(buyer, blankToNull(params.get("split")), locale));
			String key = params.get("splitKey");
			model.addAttribute("splitKey", key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
		}
		catch (CrossBorderSplitRefused e) {
			errors.put("split", messages.getMessage("ordering.split.refused." + e.reason(), e.args().toArray(),
					e.getMessage(), locale));
		}
		catch (InvalidInput | Conflict e) {
			errors.put("split", e.getMessage());
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
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
			@RequestParam(required = false) @Nullable String recalculate,
			@RequestParam(name = "orderer_saved", defaultValue = "") String ordererSaved,
			@RequestParam(name = "orderer_name", defaultValue = "") String ordererName,
			@RequestParam(name = "orderer_idNumber", defaultValue = "") String ordererIdNumber,
			@RequestParam Map<String, String> params, Locale locale, Model model) {
		OrdererForm ordererForm = new OrdererForm(ordererSaved, ordererName, ordererIdNumber);
		Map<String, String> ordererErrors = new LinkedHashMap<>();
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
			Orderer orderer = null;
			if (asksOrderer(carts.view(buyer, locale, regimes))) {
				orderer = ordererForm.orderer();
				identities.getObject().problems(buyer.id(), orderer).forEach(ordererErrors::put);
			}
			if (errors.isEmpty() && ordererErrors.isEmpty() && params.containsKey("split")) {
				try {
					DeliveryAddress address = DeliveryAddress.of(name, phone, line, city, region, postcode,
							buyer.country(), "");
					model.addAttribute("result", CrossBorderSplitCheckout.asCheckoutResult(splits.place(buyer,
							params.get("splitKey"), blankToNull(params.get("split")), address, orderer, locale)));
					return "ordering/checkout-result";
				}
				catch (CrossBorderSplitRefused e) {
					errors.put("split", messages.getMessage("ordering.split.refused." + e.reason(), e.args().toArray(),
							e.getMessage(), locale));
				}
				catch (InvalidInput e) {
					errors.put(e.field() == null || e.field().contains("Idempotency") ? "split" : e.field(),
							e.getMessage());
				}
				catch (Conflict e) {
					errors.put("split", e.getMessage());
				}
			}
			else if (errors.isEmpty() && ordererErrors.isEmpty()) {
				try {
					DeliveryAddress address = DeliveryAddress.of(name, phone, line, city, region, postcode,
							buyer.country(), "");
					Result result = checkout.checkout(buyer, address, locale, regimes, orderer);
					model.addAttribute("result", result);
					return "ordering/checkout-result";
				}
				catch (InvalidInput e) {
					errors.put(e.field() == null ? "cart" : e.field(), e.getMessage());
				}
			}
		}
		CartView cart = carts.view(buyer, locale, errors.containsKey("regime") ? Map.of() : regimes);
		model.addAttribute("cart", cart);
		model.addAttribute("address", new AddressForm(name, phone, line, city, region, postcode));
		model.addAttribute("savedAddresses", addressBook.of(buyer));
		ordererForm(model, buyer, cart, ordererForm, ordererErrors);
		model.addAttribute("errors", errors);
		model.addAttribute("country", buyer.country());
		model.addAttribute("reservationMinutes", reservationMinutes);
		splitProposal(model, buyer, params, locale, errors);
		return "ordering/checkout";
	}

	/**
	 * The orderer's identity as typed or chosen: a saved one's id, or "new" (or nothing)
	 * and the name and number typed.
	 */
	record OrdererForm(String saved, String name, String idNumber) {

		Orderer orderer() {
			Orderer given = Orderer.fromForm(saved, name, idNumber);
			// Checkout refuses a blank identity by its fields.
			return given != null ? given : Orderer.typed(name, idNumber);
		}

		@Override
		public String toString() {
			return "OrdererForm[personal data]";
		}
	}

	/**
	 * Whether checkout asks for the orderer's identity: an order of the cart goes under
	 * China's cross-border retail regime and the customs module requires it.
	 */
	private boolean asksOrderer(CartView cart) {
		OrdererIdentities keeper = identities.getIfAvailable();
		return keeper != null && keeper.requiredAtCheckout()
				&& cart.goesUnder(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL);
	}

	/**
	 * The identity part of the form: shown when asked for, with the buyer's saved
	 * identities (masked) to choose from and the problems by field (message keys).
	 */
	private void ordererForm(Model model, CurrentUser buyer, CartView cart, OrdererForm form,
			Map<String, String> problems) {
		boolean asked = asksOrderer(cart);
		List<OrdererIdentities.Saved> saved = asked ? identities.getObject().saved(buyer.id()) : List.of();
		String choice = form.saved().isBlank() ? (saved.isEmpty() ? "new" : saved.get(0).id().toString())
				: form.saved();
		model.addAttribute("askOrderer", asked);
		model.addAttribute("savedOrderers", saved);
		model.addAttribute("orderer", new OrdererForm(choice, form.name(), form.idNumber()));
		model.addAttribute("ordererErrors", problems);
	}

	private static <T> T parse(String field, @Nullable String value, java.util.function.Function<String, T> parser) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, field + " is required");
		}
		return parser.apply(value);
	}

}
