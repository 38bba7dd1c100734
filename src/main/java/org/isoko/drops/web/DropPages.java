package org.isoko.drops.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.isoko.catalog.LandedPrice;
import org.isoko.catalog.LandedPrices;
import org.isoko.catalog.LotDetails;
import org.isoko.drops.Drop;
import org.isoko.drops.DropFormats;
import org.isoko.drops.DropId;
import org.isoko.drops.DropOrdering;
import org.isoko.drops.DropOrdering.DropOrder;
import org.isoko.drops.DropOrdering.Placed;
import org.isoko.drops.DropPhase;
import org.isoko.drops.DropRateLimits;
import org.isoko.drops.DropScheduling;
import org.isoko.drops.DropTooManyRequests;
import org.isoko.identity.CurrentUser;
import org.isoko.ordering.Orderer;
import org.isoko.ordering.OrdererIdentities;
import org.isoko.network.CustomsRegime;
import org.isoko.identity.Role;
import org.isoko.network.Corridor;
import org.isoko.network.Network;
import org.isoko.ordering.DeliveryAddress;
import org.isoko.ordering.placement.LineRules;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public drop pages: the list of open drops and a drop's page (countdown before the
 * start, written by the server so that it works without JavaScript; remaining units;
 * "sold out" as soon as it is). With htmx, the status block refreshes itself every few
 * seconds from {@code /drops/{id}/status}. Signed-in buyers order from the page: the form
 * carries a fresh Idempotency-Key, so a double submit places one order; the order page
 * then takes the payment.
 */
@Controller
class DropPages {

	static final List<String> ADDRESS_FIELDS = List.of("name", "phone", "line", "city", "region", "postcode");

	private final DropScheduling scheduling;

	private final DropOrdering ordering;

	private final DropRateLimits limits;

	private final Network network;

	private final ObjectProvider<LandedPrices> landedPrices;

	private final long reservationMinutes;

	private final ObjectProvider<OrdererIdentities> identities;

	DropPages(DropScheduling scheduling, DropOrdering ordering, DropRateLimits limits, Network network,
			ObjectProvider<LandedPrices> landedPrices,
			@Value("${isoko.ordering.reservation-timeout:15m}") Duration reservationTimeout,
			ObjectProvider<OrdererIdentities> identities) {
		this.identities = identities;
		this.scheduling = scheduling;
		this.ordering = ordering;
		this.limits = limits;
		this.network = network;
		this.landedPrices = landedPrices;
		this.reservationMinutes = reservationTimeout.toMinutes();
	}

	@GetMapping("/drops")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		PageOf<Drop> drops = scheduling.open(PageRequest.of(page, 20));
		model.addAttribute("drops", drops);
		model.addAttribute("now", scheduling.now());
		model.addAttribute("fmt", new DropView.Formats());
		return "drops/list";
	}

	@GetMapping("/drops/{id}")
	String show(@PathVariable DropId id, Optional<CurrentUser> viewer, Locale locale, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		viewer.ifPresent(v -> form.put("name", v.displayName()));
		form.put("quantity", "1");
		return page(id, viewer, locale, model, form, Map.of(), null);
	}

	/** The status block alone: what htmx swaps in every few seconds. */
	@GetMapping("/drops/{id}/status")
	String status(@PathVariable DropId id, Locale locale, Model model) {
		model.addAttribute("view", view(id, locale));
		return "drops/drop :: status";
	}

	/**
	 * The orderer's identity chosen or typed on the form (asked of buyers in China, whose
	 * drop orders are declared under cross-border retail), as on the checkout page: a
	 * saved one by its id, or a name and number; none when nothing was chosen or typed.
	 */
	private static @Nullable Orderer orderer(Map<String, String> params) {
		return Orderer.fromForm(params.get("orderer_saved"), params.get("orderer_name"),
				params.get("orderer_idNumber"));
	}

	/**
	 * The problems of the identity by field ({@code orderer.saved}, {@code orderer.name},
	 * {@code orderer.idNumber}: message keys of the ordering bundle); none given: the
	 * name is required.
	 */
	private void ordererErrors(CurrentUser buyer, Map<String, String> params, Map<String, String> errors) {
		Orderer orderer = orderer(params);
		OrdererIdentities keeper = identities.getIfAvailable();
		Map<String, String> problems = orderer == null || keeper == null ? Map.of("name", "required")
				: keeper.problems(buyer.id(), orderer);
		problems.forEach((field, problem) -> errors.put("orderer." + field, problem));
	}

	@PostMapping("/drops/{id}/orders")
	String order(@PathVariable DropId id, CurrentUser buyer, @RequestParam Map<String, String> params,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		Map<String, String> form = new LinkedHashMap<>(params);
		form.remove("_csrf");
		Map<String, String> errors = new LinkedHashMap<>(
				DeliveryAddress.problems(params.get("name"), params.get("phone"), params.get("line"),
						params.get("city"), params.get("region"), params.get("postcode")));
		if (errors.isEmpty()) {
			try {
				limits.check(buyer, request.getRemoteAddr());
				int quantity = LineRules.quantity("quantity", params.getOrDefault("quantity", ""));
				DeliveryAddress address = DeliveryAddress.of(params.get("name"), params.get("phone"),
						params.get("line"), params.get("city"), params.get("region"), params.get("postcode"),
						buyer.country(), "");
				Placed placed = ordering.order(buyer, id, params.get("key"),
						new DropOrder(quantity, null, address, orderer(params)), locale);
				return "redirect:/orders/" + placed.order().id() + "?done=placed";
			}
			catch (InvalidInput e) {
				if (e.field() != null && e.field().startsWith("orderer")) {
					// By the field, in the reader's language, as on the checkout page.
					ordererErrors(buyer, params, errors);
				}
				else {
					errors.put(e.field() == null ? "order" : e.field(), e.getMessage());
				}
				response.setStatus(400);
			}
			catch (Conflict e) {
				errors.put("order", e.getMessage());
				response.setStatus(409);
			}
			catch (DropTooManyRequests e) {
				errors.put("order", e.getMessage());
				response.setStatus(429);
				response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
			}
			catch (org.springframework.security.access.AccessDeniedException e) {
				errors.put("order", e.getMessage());
				response.setStatus(403);
			}
		}
		else {
			response.setStatus(400);
		}
		return page(id, Optional.of(buyer), locale, model, form, errors, params.get("key"));
	}

	private String page(DropId id, Optional<CurrentUser> viewer, Locale locale, Model model, Map<String, String> form,
			Map<String, String> errors, @Nullable String key) {
		DropView view = view(id, locale);
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("fields", ADDRESS_FIELDS);
		// A rejected request gave its key back (nothing was written), so the form may
		// keep it for the next try.
		model.addAttribute("key", key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
		model.addAttribute("signedIn", viewer.isPresent());
		model.addAttribute("buyer", viewer.map(v -> v.has(Role.BUYER)).orElse(false));
		model.addAttribute("reservationMinutes", reservationMinutes);
		List<LandedPrice> landed = landed(view.drop(), viewer);
		model.addAttribute("landed", landed);
		// China's cross-border retail asks for the orderer's identity, as checkout does.
		boolean askOrderer = landed.stream()
			.anyMatch(p -> p instanceof LandedPrice.Quoted q
					&& q.regime() == CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL);
		model.addAttribute("askOrderer", askOrderer);
		if (askOrderer) {
			ordererForm(viewer.orElseThrow(), form, errors, model);
		}
		model.addAttribute("landedRoutes", Map.of());
		model.addAttribute("htmx", view.phase() == DropPhase.UPCOMING || view.phase() == DropPhase.LIVE
				|| view.phase() == DropPhase.SOLD_OUT);
		return "drops/drop";
	}

	/**
	 * The identity part of the form (the checkout page's fragment): the buyer's saved
	 * identities, masked, the one chosen (the latest saved one at first, else "new") and
	 * the problems by field.
	 */
	private void ordererForm(CurrentUser buyer, Map<String, String> form, Map<String, String> errors, Model model) {
		OrdererIdentities keeper = identities.getIfAvailable();
		List<OrdererIdentities.Saved> saved = keeper == null ? List.of() : keeper.saved(buyer.id());
		String chosen = form.get("orderer_saved");
		model.addAttribute("savedOrderers", saved);
		model.addAttribute("ordererChoice",
				chosen != null && !chosen.isBlank() ? chosen : saved.isEmpty() ? "new" : saved.get(0).id().toString());
		Map<String, String> problems = new LinkedHashMap<>();
		errors.forEach((field, problem) -> {
			if (field.startsWith("orderer.")) {
				problems.put(field.substring("orderer.".length()), problem);
			}
		});
		model.addAttribute("ordererErrors", problems);
	}

	/**
	 * The landed price of the lot's minimum order on the drop's corridor into a signed-in
	 * buyer's country, priced as the drop order will be (without the buyer's own
	 * cross-border purchases, see {@link LandedPrices}); anonymous visitors are asked to
	 * sign in.
	 */
	private List<LandedPrice> landed(Drop drop, Optional<CurrentUser> viewer) {
		LandedPrices prices = landedPrices.getIfAvailable();
		if (prices == null || viewer.isEmpty() || !viewer.get().has(Role.BUYER)) {
			return List.of();
		}
		CurrentUser buyer = viewer.get();
		LotDetails lot = scheduling.lotOf(drop);
		return drop.corridors()
			.stream()
			.map(network::corridor)
			.flatMap(Optional::stream)
			.filter(c -> c.destinationCountry().equals(buyer.country()))
			.findFirst()
			.map(Corridor::id)
			.map(c -> List.of(prices.of(lot.id(), c, Math.max(1, lot.minOrderQuantity()), buyer, false)))
			.orElse(List.of());
	}

	private DropView view(DropId id, Locale locale) {
		Drop drop = scheduling.drop(id);
		LotDetails lot = scheduling.lotOf(drop);
		Instant now = scheduling.now();
		List<String> routes = drop.corridors()
			.stream()
			.map(network::corridor)
			.flatMap(Optional::stream)
			.map(LineRules::route)
			.toList();
		return new DropView(drop, drop.phase(now), lot.text(locale).name(), lot.unitPrice().format(locale),
				lot.unitOfSale(locale), DropFormats.duration(drop.untilStart(now)),
				DropFormats.duration(drop.untilEnd(now)), routes, new DropView.Formats());
	}

}
