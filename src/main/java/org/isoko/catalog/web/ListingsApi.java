package org.isoko.catalog.web;

import java.util.Locale;
import java.util.Optional;

import org.isoko.catalog.Storefront;
import org.isoko.catalog.StorefrontItem;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The storefront as an API: what is offered to buyers in a country, searchable and
 * paginated (public).
 */
@RestController
@RequestMapping(path = "/api/v1/listings", produces = "application/json")
@Tag(name = "Storefront",
		description = "Lots offered to buyers in a destination country, in their language and currency")
class ListingsApi {

	private final Storefront storefront;

	ListingsApi(Storefront storefront) {
		this.storefront = storefront;
	}

	@GetMapping
	@Operation(summary = "Searches the lots offered to buyers in a destination country (public)",
			description = "destination: ISO country code (default: the caller's country when signed in, else the first hub's country). "
					+ "q: words matched as prefixes in names, descriptions, producer and region in every language the seller wrote "
					+ "(Chinese by character pairs). Filters: category, originCountry, region, process, minPrice/maxPrice in the "
					+ "destination's currency, certified=true (a certificate of origin valid today). sort: relevance (default), price-asc, "
					+ "price-desc, newest, cup-score. Texts in `lang` (en, fr, rw, zh; default Accept-Language) with the language "
					+ "actually used; prices in both currencies, converted with the FX rate shown (half-up, once, to the buyer "
					+ "currency's minor unit).")
	PageOf<StorefrontItem> search(@RequestParam(required = false) @Nullable String destination,
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
			@RequestParam(required = false) @Nullable String size,
			@Parameter(description = "en, fr, rw or zh") @RequestParam(required = false) @Nullable String lang,
			Optional<CurrentUser> viewer, Locale locale) {
		Storefront.Request request = new Storefront.Request(destination, q, category, originCountry, region, process,
				minPrice, maxPrice, certified, sort, page, size);
		return storefront.search(request, viewer.orElse(null), StorefrontLanguage.of(lang, locale)).page();
	}

}
