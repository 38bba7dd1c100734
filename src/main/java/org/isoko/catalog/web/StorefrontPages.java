package org.isoko.catalog.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;

import org.isoko.catalog.Category;
import org.isoko.catalog.LandedPrice;
import org.isoko.catalog.LandedPrices;
import org.isoko.catalog.CoffeeProcess;
import org.isoko.catalog.Photos;
import org.isoko.catalog.SearchSort;
import org.isoko.catalog.Storefront;
import org.isoko.catalog.StorefrontItem;
import org.isoko.catalog.StorefrontLot;
import org.isoko.catalog.StorefrontResults;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.network.Country;
import org.isoko.network.Network;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public storefront pages: {@code /shop} (search with filters, sorting and pages, as
 * a plain GET form that needs no JavaScript) and {@code /lots/{id}}. Signed-in visitors
 * shop for their organisation's country; anonymous visitors choose a destination,
 * remembered in a cookie.
 */
@Controller
class StorefrontPages {

	static final String DESTINATION_COOKIE = "isoko-destination";

	private final Storefront storefront;

	private final Network network;

	private final Photos photos;

	private final ObjectProvider<LandedPrices> landedPrices;

	StorefrontPages(Storefront storefront, Network network, Photos photos, ObjectProvider<LandedPrices> landedPrices) {
		this.storefront = storefront;
		this.network = network;
		this.photos = photos;
		this.landedPrices = landedPrices;
	}

	@GetMapping("/shop")
	String shop(@RequestParam(required = false) @Nullable String destination,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String originCountry,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable String minPrice,
			@RequestParam(required = false) @Nullable String maxPrice,
			@RequestParam(required = false) @Nullable String certified,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String page,
			@CookieValue(name = DESTINATION_COOKIE, required = false) @Nullable String remembered,
			Optional<CurrentUser> viewer, Model model, Locale locale, HttpServletResponse response) {
		String chosen = chooseDestination(destination, remembered, viewer, response);
		Storefront.Request request = new Storefront.Request(chosen, q, category, originCountry, region, process,
				minPrice, maxPrice, certified, sort, page, null);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("q", orEmpty(q));
		form.put("category", orEmpty(category));
		form.put("originCountry", orEmpty(originCountry));
		form.put("region", orEmpty(region));
		form.put("process", orEmpty(process));
		form.put("minPrice", orEmpty(minPrice));
		form.put("maxPrice", orEmpty(maxPrice));
		form.put("certified", orEmpty(certified));
		form.put("sort", orEmpty(sort));
		model.addAttribute("form", form);
		model.addAttribute("filtered",
				form.entrySet()
					.stream()
					.anyMatch(e -> !e.getKey().equals("q") && !e.getKey().equals("sort") && !e.getValue().isBlank()));
		model.addAttribute("signedIn", viewer.isPresent());
		model.addAttribute("destinations", storefront.destinations());
		model.addAttribute("countryNames", countryNames(locale));
		model.addAttribute("categories", Category.values());
		model.addAttribute("processes", CoffeeProcess.values());
		model.addAttribute("sorts", SearchSort.values());
		try {
			StorefrontResults results = storefront.search(request, viewer.orElse(null), locale);
			model.addAttribute("results", results);
			model.addAttribute("photos",
					photos.cards(results.page().items().stream().map(StorefrontItem::lotId).toList()));
			model.addAttribute("destination", results.destination().value());
			String keep = viewer.isPresent() ? null : results.destination().value();
			model.addAttribute("previousUrl", pageUrl(form, keep, results.page().page() - 1));
			model.addAttribute("nextUrl", pageUrl(form, keep, results.page().page() + 1));
		}
		catch (InvalidInput e) {
			model.addAttribute("destination", chosen);
			model.addAttribute("errorField", e.field());
			model.addAttribute("error", e.getMessage());
		}
		return "storefront/shop";
	}

	@GetMapping("/lots/{id}")
	String lot(@PathVariable String id, @RequestParam(required = false) @Nullable String destination,
			@CookieValue(name = DESTINATION_COOKIE, required = false) @Nullable String remembered,
			Optional<CurrentUser> viewer, Model model, Locale locale, HttpServletResponse response) {
		String chosen = chooseDestination(destination, remembered, viewer, response);
		StorefrontLot lot = storefront.lot(id, chosen, viewer.orElse(null), locale);
		model.addAttribute("lot", lot);
		model.addAttribute("gallery", photos.gallery(lot.lotId()));
		model.addAttribute("countryNames", countryNames(locale));
		model.addAttribute("signedIn", viewer.isPresent());
		model.addAttribute("landed", landed(lot, viewer));
		Map<String, String> routes = new LinkedHashMap<>();
		lot.offers().forEach(o -> routes.put(o.corridorId().toString(), o.origin() + " → " + o.destination()));
		model.addAttribute("landedRoutes", routes);
		return "storefront/lot";
	}

	/**
	 * The landed price of the minimum order on each corridor into the buyer's country,
	 * for a signed-in buyer only: the regime and the cross-border quota are the buyer's
	 * organisation's and person's, so an anonymous visitor is asked to sign in instead of
	 * being shown a figure that may not be theirs.
	 */
	private List<LandedPrice> landed(StorefrontLot lot, Optional<CurrentUser> viewer) {
		LandedPrices prices = landedPrices.getIfAvailable();
		if (prices == null || viewer.isEmpty() || !viewer.get().has(Role.BUYER)) {
			return List.of();
		}
		return lot.offers()
			.stream()
			.map(o -> prices.of(lot.lotId(), o.corridorId(), Math.max(1, lot.minOrderQuantity()), viewer.get(), true))
			.toList();
	}

	/**
	 * Signed-in visitors shop for their own country (that is where orders are delivered).
	 * Anonymous visitors take the destination they asked for (remembered for next time),
	 * else the remembered one, else the storefront's default.
	 */
	private @Nullable String chooseDestination(@Nullable String asked, @Nullable String remembered,
			Optional<CurrentUser> viewer, HttpServletResponse response) {
		if (viewer.isPresent()) {
			return viewer.get().country().value();
		}
		if (asked != null && !asked.isBlank()) {
			if (asked.trim().matches("[A-Za-z]{2}")) {
				ResponseCookie cookie = ResponseCookie.from(DESTINATION_COOKIE, asked.trim().toUpperCase(Locale.ROOT))
					.path("/")
					.maxAge(Duration.ofDays(90))
					.httpOnly(true)
					.sameSite("Lax")
					.build();
				response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
			}
			return asked;
		}
		return remembered;
	}

	private Map<String, String> countryNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Country country : network.countries()) {
			names.put(country.code().value(), country.name(locale));
		}
		return names;
	}

	/**
	 * The same search on another page; the destination is kept for anonymous visitors,
	 * whose choice it is.
	 */
	private static String pageUrl(Map<String, String> form, @Nullable String destination, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/shop");
		if (destination != null) {
			url.queryParam("destination", destination);
		}
		form.forEach((name, value) -> {
			if (!value.isBlank()) {
				url.queryParam(name, value);
			}
		});
		return url.queryParam("page", page).encode().build().toUriString();
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

}
