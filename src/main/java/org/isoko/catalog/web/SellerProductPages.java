package org.isoko.catalog.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.Category;
import org.isoko.catalog.Photos;
import org.isoko.catalog.Product;
import org.isoko.catalog.ProductId;
import org.isoko.catalog.ProductText;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The seller's products: the list, a new product, and its texts in the four languages.
 */
@Controller
@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
class SellerProductPages {

	private static final String FORM = "form";

	private final CatalogManagement catalog;

	private final Photos photos;

	SellerProductPages(CatalogManagement catalog, Photos photos) {
		this.catalog = catalog;
		this.photos = photos;
	}

	@GetMapping("/seller/products")
	String list(@RequestParam(required = false) @Nullable Integer page, CurrentUser seller, Model model) {
		model.addAttribute("products", catalog.products(seller, PageRequest.of(page, 20)));
		model.addAttribute("verified", verified(seller));
		return "seller/products";
	}

	@GetMapping("/seller/products/new")
	String newProduct(CurrentUser seller, Model model) {
		return form(model, new ProductForm(), seller);
	}

	@PostMapping("/seller/products")
	String create(@ModelAttribute(FORM) ProductForm form, BindingResult errors, CurrentUser seller, Model model,
			java.util.Locale locale, RedirectAttributes redirect) {
		CatalogManagement.NewProduct product = form.product(errors);
		if (product == null) {
			return form(model, form, seller);
		}
		try {
			ProductId id = catalog.createProduct(seller, product);
			return SellerLotPages.saved(redirect, "catalog.saved.product", nameIn(product.texts(), locale),
					"/seller/products/" + id);
		}
		catch (InvalidInput e) {
			SellerForms.reject(e, errors,
					Map.of("language", "nameEn", "name", "nameEn", "description", "descriptionEn"));
		}
		catch (Conflict e) {
			errors.reject("catalog.error.unverified", String.valueOf(e.getMessage()));
		}
		return form(model, form, seller);
	}

	@GetMapping("/seller/products/{id}")
	String show(@PathVariable String id, CurrentUser seller, Model model) {
		Product product = catalog.ownProduct(seller, productId(id));
		ProductTextsForm form = new ProductTextsForm();
		form.fill(product.texts());
		return page(model, product, form, seller);
	}

	@PostMapping("/seller/products/{id}/texts")
	String saveTexts(@PathVariable String id, @ModelAttribute(FORM) ProductTextsForm form, BindingResult errors,
			CurrentUser seller, Model model, java.util.Locale locale, RedirectAttributes redirect) {
		Product product = catalog.ownProduct(seller, productId(id));
		List<ProductText> texts = form.texts(errors);
		if (!errors.hasErrors()) {
			try {
				catalog.saveTexts(seller, product.id(), texts);
				return SellerLotPages.saved(redirect, "catalog.saved.texts", nameIn(texts, locale),
						"/seller/products/" + product.id());
			}
			catch (InvalidInput e) {
				SellerForms.reject(e, errors, Map.of());
			}
			catch (Conflict e) {
				errors.reject("catalog.error.unverified", String.valueOf(e.getMessage()));
			}
		}
		return page(model, product, form, seller);
	}

	/**
	 * The product's name as the seller reads it: in the page's language when written in
	 * it, else in the first language given (the notice names the product, not its unit of
	 * sale).
	 */
	static String nameIn(List<ProductText> texts, java.util.Locale locale) {
		return texts.stream()
			.filter(t -> t.language().equals(locale.getLanguage()))
			.findFirst()
			.or(() -> texts.stream().findFirst())
			.map(ProductText::name)
			.orElse("");
	}

	private String page(Model model, Product product, ProductTextsForm form, CurrentUser seller) {
		model.addAttribute("product", product);
		model.addAttribute(FORM, form);
		model.addAttribute("languages", ProductTextsForm.LANGUAGES);
		model.addAttribute("verified", verified(seller));
		model.addAttribute("photos", photos.ofProduct(seller, product.id()));
		model.addAttribute("photoAlt", product.unitOfSale());
		if (!model.containsAttribute(SellerPhotoPages.FORM)) {
			model.addAttribute(SellerPhotoPages.FORM, new PhotoForm());
		}
		return "seller/product";
	}

	private String form(Model model, ProductForm form, CurrentUser seller) {
		model.addAttribute(FORM, form);
		model.addAttribute("categories", Arrays.asList(Category.values()));
		model.addAttribute("languages", ProductTextsForm.LANGUAGES);
		model.addAttribute("verified", verified(seller));
		return "seller/product-form";
	}

	static boolean verified(CurrentUser seller) {
		return seller.organisationVerified() || seller.isAdmin();
	}

	static ProductId productId(String id) {
		try {
			return ProductId.of(id);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of("Product", id);
		}
	}

}
