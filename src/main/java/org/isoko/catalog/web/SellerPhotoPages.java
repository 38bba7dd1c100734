package org.isoko.catalog.web;

import java.util.UUID;
import java.util.function.Supplier;

import org.isoko.catalog.InvalidPhoto;
import org.isoko.catalog.LotId;
import org.isoko.catalog.Photo;
import org.isoko.catalog.PhotoSettings;
import org.isoko.catalog.Photos;
import org.isoko.catalog.ProductId;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and removing photos on a seller's product and lot pages. Each form redirects
 * back to its page, a refused upload with the form and its message by the field (flash
 * attributes, which the page's {@code photoForm} picks up), so a reload never re-posts a
 * file.
 */
@Controller
@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
class SellerPhotoPages {

	static final String FORM = "photoForm";

	private final Photos photos;

	private final PhotoSettings settings;

	SellerPhotoPages(Photos photos, PhotoSettings settings) {
		this.photos = photos;
		this.settings = settings;
	}

	@PostMapping("/seller/products/{id}/photos")
	String addToProduct(@PathVariable String id, @ModelAttribute(FORM) PhotoForm form, BindingResult errors,
			CurrentUser seller, RedirectAttributes redirect) {
		ProductId product = SellerProductPages.productId(id);
		return add(() -> photos.addToProduct(seller, product, form.upload()), form, errors, redirect,
				"/seller/products/" + product);
	}

	@PostMapping("/seller/lots/{id}/photos")
	String addToLot(@PathVariable String id, @ModelAttribute(FORM) PhotoForm form, BindingResult errors,
			CurrentUser seller, RedirectAttributes redirect) {
		LotId lot = SellerLotPages.lotId(id);
		return add(() -> photos.addToLot(seller, lot, form.upload()), form, errors, redirect, "/seller/lots/" + lot);
	}

	@PostMapping("/seller/products/{id}/photos/{photo}/removal")
	String removeFromProduct(@PathVariable String id, @PathVariable String photo, CurrentUser seller,
			RedirectAttributes redirect) {
		ProductId product = SellerProductPages.productId(id);
		photos.removeFromProduct(seller, product, photoId(photo));
		return SellerLotPages.saved(redirect, "catalog.photo.removed", "", "/seller/products/" + product + "#photos");
	}

	@PostMapping("/seller/lots/{id}/photos/{photo}/removal")
	String removeFromLot(@PathVariable String id, @PathVariable String photo, CurrentUser seller,
			RedirectAttributes redirect) {
		LotId lot = SellerLotPages.lotId(id);
		photos.removeFromLot(seller, lot, photoId(photo));
		return SellerLotPages.saved(redirect, "catalog.photo.removed", "", "/seller/lots/" + lot + "#photos");
	}

	private String add(Supplier<Photo> upload, PhotoForm form, BindingResult errors, RedirectAttributes redirect,
			String page) {
		try {
			upload.get();
			return SellerLotPages.saved(redirect, "catalog.photo.added", "", page + "#photos");
		}
		catch (InvalidPhoto e) {
			errors.rejectValue("file", "catalog.photo.error." + e.reason(), String.valueOf(e.getMessage()));
		}
		catch (Photos.MissingAltText e) {
			errors.rejectValue("altEn", "catalog.photo.error.alt", String.valueOf(e.getMessage()));
		}
		catch (InvalidInput e) {
			String field = e.field() == null ? "file" : e.field();
			errors.rejectValue(field,
					field.startsWith("alt") ? "catalog.photo.error.altText" : "catalog.photo.error.file",
					String.valueOf(e.getMessage()));
		}
		catch (Conflict e) {
			errors.rejectValue("file", "catalog.photo.error.tooMany", new Object[] { settings.maxPerItem() },
					String.valueOf(e.getMessage()));
		}
		// The file itself cannot travel through a redirect; the alt texts do.
		form.setFile(null);
		redirect.addFlashAttribute(FORM, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
		return "redirect:" + page + "#photos";
	}

	private static UUID photoId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of("Photo", id);
		}
	}

}
