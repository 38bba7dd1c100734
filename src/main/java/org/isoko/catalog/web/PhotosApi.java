package org.isoko.catalog.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.catalog.Photo;
import org.isoko.catalog.Photos;
import org.isoko.catalog.ProductId;
import org.isoko.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Photos of a seller's products and lots. Uploads are {@code multipart/form-data}: the
 * {@code file} and its alt text per language ({@code altEn}, {@code altFr},
 * {@code altRw}, {@code altZh}, at least one). Another seller's product, lot or photo
 * answers 404.
 */
@RestController
@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
@Tag(name = "Seller: photos", description = "JPEG, PNG or WebP up to 10 MB, checked by content, metadata removed, "
		+ "served as a 320 × 240 card and a detail image at most 1024 px; at most 8 per product and per lot")
class PhotosApi {

	private final Photos photos;

	PhotosApi(Photos photos) {
		this.photos = photos;
	}

	/** A photo as the API shows it; the image addresses are relative to the server. */
	record PhotoView(UUID id, @Nullable UUID lot, int position, String cardUrl, int cardWidth, int cardHeight,
			String detailUrl, int detailWidth, int detailHeight, Map<String, String> alt) {

		static PhotoView of(Photo photo) {
			return new PhotoView(photo.id(), photo.lot() == null ? null : photo.lot().value(), photo.position(),
					photo.card().url(), photo.card().width(), photo.card().height(), photo.detail().url(),
					photo.detail().width(), photo.detail().height(), photo.alt());
		}

	}

	@GetMapping(path = "/api/v1/products/{id}/photos", produces = "application/json")
	@Operation(summary = "Lists the photos of one of my products (not those of its lots)")
	List<PhotoView> productPhotos(@PathVariable ProductId id, CurrentUser seller) {
		return photos.ofProduct(seller, id).stream().map(PhotoView::of).toList();
	}

	@PostMapping(path = "/api/v1/products/{id}/photos", consumes = "multipart/form-data", produces = "application/json")
	@Operation(summary = "Adds a photo to one of my products",
			description = "400 naming file (not JPEG/PNG/WebP by content, over 10 MB, too many pixels, unreadable) "
					+ "or altEn (no alt text); 409 when the product has 8 photos already.")
	ResponseEntity<PhotoView> addToProduct(@PathVariable ProductId id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String altEn,
			@RequestParam(required = false) @Nullable String altFr,
			@RequestParam(required = false) @Nullable String altRw,
			@RequestParam(required = false) @Nullable String altZh, CurrentUser seller) {
		Photo photo = photos.addToProduct(seller, id, upload(file, altEn, altFr, altRw, altZh));
		return ResponseEntity.created(URI.create("/api/v1/products/" + id + "/photos/" + photo.id()))
			.body(PhotoView.of(photo));
	}

	@DeleteMapping("/api/v1/products/{id}/photos/{photo}")
	@Operation(summary = "Removes a photo of one of my products")
	ResponseEntity<Void> removeFromProduct(@PathVariable ProductId id, @PathVariable UUID photo, CurrentUser seller) {
		photos.removeFromProduct(seller, id, photo);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/api/v1/seller/lots/{id}/photos", produces = "application/json")
	@Operation(summary = "Lists the photos of one of my lots (not those of its product)")
	List<PhotoView> lotPhotos(@PathVariable LotId id, CurrentUser seller) {
		return photos.ofLot(seller, id).stream().map(PhotoView::of).toList();
	}

	@PostMapping(path = "/api/v1/seller/lots/{id}/photos", consumes = "multipart/form-data",
			produces = "application/json")
	@Operation(summary = "Adds a photo to one of my lots", description = "As for a product's photos.")
	ResponseEntity<PhotoView> addToLot(@PathVariable LotId id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String altEn,
			@RequestParam(required = false) @Nullable String altFr,
			@RequestParam(required = false) @Nullable String altRw,
			@RequestParam(required = false) @Nullable String altZh, CurrentUser seller) {
		Photo photo = photos.addToLot(seller, id, upload(file, altEn, altFr, altRw, altZh));
		return ResponseEntity.created(URI.create("/api/v1/seller/lots/" + id + "/photos/" + photo.id()))
			.body(PhotoView.of(photo));
	}

	@DeleteMapping("/api/v1/seller/lots/{id}/photos/{photo}")
	@Operation(summary = "Removes a photo of one of my lots")
	ResponseEntity<Void> removeFromLot(@PathVariable LotId id, @PathVariable UUID photo, CurrentUser seller) {
		photos.removeFromLot(seller, id, photo);
		return ResponseEntity.noContent().build();
	}

	private static Photos.Upload upload(MultipartFile file, @Nullable String en, @Nullable String fr,
			@Nullable String rw, @Nullable String zh) {
		Map<String, String> alt = new HashMap<>();
		if (en != null) {
			alt.put("en", en);
		}
		if (fr != null) {
			alt.put("fr", fr);
		}
		if (rw != null) {
			alt.put("rw", rw);
		}
		if (zh != null) {
			alt.put("zh", zh);
		}
		try {
			return new Photos.Upload(file.getBytes(), alt);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
