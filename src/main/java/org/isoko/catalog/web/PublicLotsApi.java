package org.isoko.catalog.web;

import java.util.Locale;
import java.util.Optional;

import org.isoko.catalog.Storefront;
import org.isoko.catalog.StorefrontLot;
import org.isoko.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** One lot as buyers in a destination country see it (public). */
@RestController
@Tag(name = "Storefront")
class PublicLotsApi {

	private final Storefront storefront;

	PublicLotsApi(Storefront storefront) {
		this.storefront = storefront;
	}

	@GetMapping(path = "/api/v1/lots/{id}", produces = "application/json")
	@Operation(summary = "Shows a listed lot to buyers in a destination country (public)",
			description = "Product text in `lang` (with the language used), prices in the seller's and the buyer's currency with the FX "
					+ "rate, provenance, coffee attributes, documents with their validity today, and the corridors into the destination "
					+ "(`offers`, empty when the lot is offered elsewhere only). Lots that are not listed anywhere are not found.")
	StorefrontLot show(@PathVariable String id, @RequestParam(required = false) @Nullable String destination,
			@RequestParam(required = false) @Nullable String lang, Optional<CurrentUser> viewer, Locale locale) {
		return storefront.lot(id, destination, viewer.orElse(null), StorefrontLanguage.of(lang, locale));
	}

}
