package org.isoko.catalog.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.LotId;
import org.isoko.catalog.web.SellerApiRequests.LotRequest;
import org.isoko.catalog.web.SellerViews.LotView;
import org.isoko.identity.CurrentUser;
import org.isoko.network.Network;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Creating lots. Reading a lot as a buyer sees it ({@code GET /api/v1/lots/{id}}) is the
 * storefront's; the seller's own view, with stock and listings, is under
 * {@code /api/v1/seller/lots}.
 */
@RestController
@RequestMapping(path = "/api/v1/lots", produces = "application/json")
@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
@Tag(name = "Seller: lots",
		description = "Lots of a product: stock, price, provenance, coffee attributes, documents, listings per corridor")
class LotsApi {

	private final CatalogManagement catalog;

	private final Network network;

	LotsApi(CatalogManagement catalog, Network network) {
		this.catalog = catalog;
		this.network = network;
	}

	@PostMapping(consumes = "application/json")
	@Operation(
			summary = "Creates a lot of one of my products (sellers; listing it on corridors needs a verified organisation)",
			description = "quantity and minOrderQuantity are whole numbers (1.5 is refused); unitPrice.amount is a decimal string or number "
					+ "in the currency of the seller's country, with no more decimals than the currency has (10.5 RWF is refused); "
					+ "coffee attributes only for coffee categories, cupScore 0-100; harvestedOn not in the future. Optional documents "
					+ "(certificates of origin) and corridors (ids of corridors leaving the seller's hub) are added at once: "
					+ "any problem leaves nothing behind. Location points to GET /api/v1/seller/lots/{id}.")
	ResponseEntity<LotView> create(@Valid @RequestBody LotRequest request, CurrentUser seller) {
		LotId id = catalog.createLot(seller, request.productId(), request.lot(), request.newDocuments(),
				request.corridorIds());
		LotView view = LotView.of(catalog.ownLot(seller, id), corridor -> network.corridor(corridor).orElse(null));
		return ResponseEntity.created(URI.create("/api/v1/seller/lots/" + id)).body(view);
	}

}
