package org.isoko.catalog.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.ProductId;
import org.isoko.catalog.ProductText;
import org.isoko.catalog.web.SellerApiRequests.HsCodeRequest;
import org.isoko.catalog.web.SellerApiRequests.ProductRequest;
import org.isoko.catalog.web.SellerApiRequests.TextBody;
import org.isoko.catalog.web.SellerViews.ProductView;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A seller's products. Another seller's product answers 404, as if it did not exist. */
@RestController
@RequestMapping(path = "/api/v1/products", produces = "application/json")
@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
@Tag(name = "Seller: products",
		description = "What a seller makes: HS code, unit of sale, weights, names and descriptions in en/fr/rw/zh")
class ProductsApi {

	private final CatalogManagement catalog;

	ProductsApi(CatalogManagement catalog) {
		this.catalog = catalog;
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Creates a product (sellers, also while waiting for verification)",
			description = "texts: at least one of en, fr, rw, zh. "
					+ "grossWeightGrams must be at least netWeightGrams. A seller waiting for verification may create products and lots; listing a lot needs a verified organisation (409 otherwise).")
	ResponseEntity<ProductView> create(@Valid @RequestBody ProductRequest request, CurrentUser seller) {
		ProductId id = catalog.createProduct(seller, request.product());
		return ResponseEntity.created(URI.create("/api/v1/products/" + id))
			.body(ProductView.of(catalog.ownProduct(seller, id)));
	}

	@GetMapping
	@Operation(summary = "Lists my products, newest first")
	PageOf<ProductView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, CurrentUser seller) {
		return catalog.products(seller, PageRequest.of(page, size)).map(ProductView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Shows one of my products")
	ProductView show(@PathVariable ProductId id, CurrentUser seller) {
		return ProductView.of(catalog.ownProduct(seller, id));
	}

	@PutMapping(path = "/{id}/hs-code", consumes = "application/json")
	@Operation(summary = "Corrects the product's HS code (6, 8 or 10 digits, e.g. 0901.12)",
			description = "Where a lot of the product is listed, the destination's tariff must have a line for the "
					+ "new code (400 naming hsCode otherwise: pause the lot on that corridor first). "
					+ "Orders placed before keep their code.")
	ProductView reclassify(@PathVariable ProductId id, @Valid @RequestBody HsCodeRequest body, CurrentUser seller) {
		return ProductView.of(catalog.reclassify(seller, id, body.hsCode()));
	}

	@PutMapping(path = "/{id}/texts/{language}", consumes = "application/json")
	@Operation(summary = "Writes the product's name, description and unit of sale in one language (en, fr, rw, zh)")
	ProductView saveText(@PathVariable ProductId id, @PathVariable String language, @Valid @RequestBody TextBody body,
			CurrentUser seller) {
		catalog.saveText(seller, id, new ProductText(language, body.name(), body.description(), body.unitOfSale()));
		return ProductView.of(catalog.ownProduct(seller, id));
	}

}
