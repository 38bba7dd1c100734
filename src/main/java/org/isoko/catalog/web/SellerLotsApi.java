package org.isoko.catalog.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.ListingStatus;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotDocument;
import org.isoko.catalog.LotId;
import org.isoko.catalog.web.SellerApiRequests.DocumentRequest;
import org.isoko.catalog.web.SellerApiRequests.ListingRequest;
import org.isoko.catalog.web.SellerApiRequests.PriceRequest;
import org.isoko.catalog.web.SellerApiRequests.QuantityRequest;
import org.isoko.catalog.web.SellerViews.LotView;
import org.isoko.identity.CurrentUser;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.shared.NotFound;
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

/**
 * A seller's own lots: stock, price, documents and listings. Another seller's lot answers
 * 404.
 */
@RestController
@RequestMapping(path = "/api/v1/seller/lots", produces = "application/json")
@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
@Tag(name = "Seller: lots")
class SellerLotsApi {

	private final CatalogManagement catalog;

	private final Network network;

	SellerLotsApi(CatalogManagement catalog, Network network) {
		this.catalog = catalog;
		this.network = network;
	}

	@GetMapping
	@Operation(summary = "Lists my lots, newest first, with stock and listings")
	PageOf<LotView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, CurrentUser seller) {
		return catalog.lots(seller, PageRequest.of(page, size)).map(this::view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Shows one of my lots with its stock, documents and listings")
	LotView show(@PathVariable LotId id, CurrentUser seller) {
		return view(catalog.ownLot(seller, id));
	}

	@PostMapping(path = "/{id}/documents", consumes = "application/json")
	@Operation(summary = "Adds a document, e.g. a certificate of origin",
			description = "A certificate of origin names its scheme (CHINA_LDC, EAC, AFCFTA) and origin criterion (e.g. WP); "
					+ "issuedOn not in the future, expiresOn after issuedOn and after today; AfCFTA certificates last at most 12 months.")
	ResponseEntity<LotDocument> addDocument(@PathVariable LotId id, @Valid @RequestBody DocumentRequest request,
			CurrentUser seller) {
		LotDocument document = catalog.addDocument(seller, id, request.document());
		return ResponseEntity.created(URI.create("/api/v1/seller/lots/" + id)).body(document);
	}

	@PutMapping(path = "/{id}/price", consumes = "application/json")
	@Operation(
			summary = "Changes the unit price (same currency as before); open orders keep the price they were placed at")
	LotView changePrice(@PathVariable LotId id, @Valid @RequestBody PriceRequest request, CurrentUser seller) {
		catalog.changePrice(seller, id, request.money("amount"));
		return show(id, seller);
	}

	@PostMapping(path = "/{id}/restock", consumes = "application/json")
	@Operation(summary = "Adds units to the lot (total and available grow together)")
	LotView restock(@PathVariable LotId id, @Valid @RequestBody QuantityRequest request, CurrentUser seller) {
		catalog.restock(seller, id, request.quantity());
		return show(id, seller);
	}

	@PostMapping(path = "/{id}/withdrawal", consumes = "application/json")
	@Operation(summary = "Takes unreserved units off sale; refused (400) when fewer are unreserved")
	LotView withdraw(@PathVariable LotId id, @Valid @RequestBody QuantityRequest request, CurrentUser seller) {
		catalog.withdraw(seller, id, request.quantity());
		return show(id, seller);
	}

	@PutMapping(path = "/{id}/listings/{corridorId}", consumes = "application/json")
	@Operation(summary = "Lists, resumes (LISTED) or pauses (PAUSED) the lot on a corridor leaving my hub",
			description = "An unknown corridor answers 404; a corridor that does not leave my hub 400.")
	LotView changeListing(@PathVariable LotId id, @PathVariable CorridorId corridorId,
			@Valid @RequestBody ListingRequest request, CurrentUser seller) {
		catalog.ownLot(seller, id);
		network.corridor(corridorId).orElseThrow(() -> NotFound.of("Corridor", corridorId));
		if (request.status() == ListingStatus.PAUSED) {
			catalog.pause(seller, id, corridorId);
		}
		else {
			catalog.list(seller, id, corridorId);
		}
		return show(id, seller);
	}

	private LotView view(LotDetails lot) {
		return LotView.of(lot, corridor -> network.corridor(corridor).orElse(null));
	}

}
