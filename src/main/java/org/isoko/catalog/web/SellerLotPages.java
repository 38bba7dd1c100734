package org.isoko.catalog.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.CoffeeProcess;
import org.isoko.catalog.DocumentKind;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;
import org.isoko.catalog.Photos;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.catalog.ProducerKind;
import org.isoko.catalog.Product;
import org.isoko.catalog.web.SellerLotForms.ListingForm;
import org.isoko.catalog.web.SellerLotForms.PriceForm;
import org.isoko.catalog.web.SellerLotForms.QuantityForm;
import org.isoko.identity.CurrentUser;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.shared.Conflict;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
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
 * The seller's lots: the list, a new lot of one of their products, and a lot's page with
 * its stock, price, documents and listings. Each form on the lot page comes back with its
 * message next to the field and nothing saved; a saved form redirects back with a
 * confirmation.
 */
@Controller
@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
class SellerLotPages {

	private static final Map<String, String> LOT_FIELDS = Map.of("unitPrice", "price", "currency", "price", "corridor",
			"corridors", "country", "originCountry", "region", "originRegion");

	private final CatalogManagement catalog;

	private final Network network;

	private final Photos photos;

	SellerLotPages(CatalogManagement catalog, Network network, Photos photos) {
		this.catalog = catalog;
		this.network = network;
		this.photos = photos;
	}

	@GetMapping("/seller/lots")
	String list(@RequestParam(required = false) @Nullable Integer page, CurrentUser seller, Model model) {
		model.addAttribute("lots", catalog.lots(seller, PageRequest.of(page, 20)));
		model.addAttribute("verified", SellerProductPages.verified(seller));
		return "seller/lots";
	}

	@GetMapping("/seller/lots/new")
	String newLot(@RequestParam(required = false) @Nullable String product, CurrentUser seller, Model model) {
		LotForm form = new LotForm();
		form.setProduct(product);
		form.setOriginCountry(seller.country().value());
		return form(model, form, seller);
	}

	@PostMapping("/seller/lots")
	String create(@ModelAttribute("form") LotForm form, BindingResult errors, CurrentUser seller, Model model,
			RedirectAttributes redirect) {
		if (form.getProduct() == null) {
			return form(model, form, seller);
		}
		Product product = catalog.ownProduct(seller, SellerProductPages.productId(form.getProduct()));
		CatalogManagement.NewLot lot = form.lot(currency(seller), errors);
		var corridors = form.corridorIds(errors);
		if (lot != null && !errors.hasErrors()) {
			try {
				LotId id = catalog.createLot(seller, product.id(), lot, java.util.List.of(), corridors);
				return saved(redirect, "catalog.saved.lot", lot.reference(), "/seller/lots/" + id);
			}
			catch (InvalidInput e) {
				SellerForms.reject(e, errors, LOT_FIELDS);
			}
			catch (Conflict e) {
				errors.reject("catalog.error.unverified", String.valueOf(e.getMessage()));
			}
		}
		return form(model, form, seller);
	}

	@GetMapping("/seller/lots/{id}")
	String show(@PathVariable String id, CurrentUser seller, Model model) {
		return page(model, catalog.ownLot(seller, lotId(id)), seller);
	}

	@PostMapping("/seller/lots/{id}/restock")
	String restock(@PathVariable String id, @ModelAttribute("restockForm") QuantityForm form, BindingResult errors,
			CurrentUser seller, Model model, RedirectAttributes redirect) {
		LotDetails lot = catalog.ownLot(seller, lotId(id));
		Integer quantity = SellerForms.whole(form.getQuantity(), "quantity", errors);
		if (quantity != null) {
			try {
				catalog.restock(seller, lot.id(), quantity);
				return saved(redirect, "catalog.saved.restock", String.valueOf(quantity), "/seller/lots/" + lot.id());
			}
			catch (InvalidInput e) {
				SellerForms.reject(e, errors, Map.of());
			}
			catch (Conflict e) {
				errors.reject("catalog.error.unverified", String.valueOf(e.getMessage()));
			}
		}
		return page(model, lot, seller);
	}

	@PostMapping("/seller/lots/{id}/withdrawal")
	String withdraw(@PathVariable String id, @ModelAttribute("withdrawForm") QuantityForm form, BindingResult errors,
			CurrentUser seller, Model model, RedirectAttributes redirect) {
		LotDetails lot = catalog.ownLot(seller, lotId(id));
		Integer quantity = SellerForms.whole(form.getQuantity(), "quantity", errors);
		if (quantity != null && quantity < 1) {
			errors.rejectValue("quantity", "catalog.error.quantity", "Take off at least one unit");
		}
		else if (quantity != null) {
			try {
				catalog.withdraw(seller, lot.id(), quantity);
				return saved(redirect, "catalog.saved.withdrawal", String.valueOf(quantity),
						"/seller/lots/" + lot.id());
			}
			catch (InvalidInput e) {
				errors.rejectValue("quantity", "catalog.error.withdrawal", new Object[] { lot.available() },
						String.valueOf(e.getMessage()));
			}
		}
		return page(model, lot, seller);
	}

	@PostMapping("/seller/lots/{id}/price")
	String changePrice(@PathVariable String id, @ModelAttribute("priceForm") PriceForm form, BindingResult errors,
			CurrentUser seller, Model model, RedirectAttributes redirect) {
		LotDetails lot = catalog.ownLot(seller, lotId(id));
		BigDecimal amount = SellerForms.decimal(form.getAmount(), "amount", errors);
		Money price = amount == null ? null : SellerForms.parse(amount.toPlainString(), "amount", "catalog.error.price",
				errors, a -> Money.of(new BigDecimal(a), lot.unitPrice().currency()));
		if (price != null) {
			try {
				catalog.changePrice(seller, lot.id(), price);
				return saved(redirect, "catalog.saved.price", price.toString(), "/seller/lots/" + lot.id());
			}
			catch (InvalidInput e) {
				SellerForms.reject(e, errors, Map.of("unitPrice", "amount", "currency", "amount"));
			}
			catch (Conflict e) {
				errors.reject("catalog.error.unverified", String.valueOf(e.getMessage()));
			}
		}
		return page(model, lot, seller);
	}

	@PostMapping("/seller/lots/{id}/documents")
	String addDocument(@PathVariable String id, @ModelAttribute("documentForm") DocumentForm form, BindingResult errors,
			CurrentUser seller, Model model, RedirectAttributes redirect) {
		LotDetails lot = catalog.ownLot(seller, lotId(id));
		CatalogManagement.NewDocument document = form.document(errors);
		if (document != null) {
			try {
				catalog.addDocument(seller, lot.id(), document);
				return saved(redirect, "catalog.saved.document", document.number(), "/seller/lots/" + lot.id());
			}
			catch (InvalidInput e) {
				SellerForms.reject(e, errors, Map.of());
			}
			catch (Conflict e) {
				errors.reject("catalog.error.unverified", String.valueOf(e.getMessage()));
			}
		}
		return page(model, lot, seller);
	}

	@PostMapping("/seller/lots/{id}/listings")
	String list(@PathVariable String id, @ModelAttribute("listingForm") ListingForm form, BindingResult errors,
			CurrentUser seller, Model model, RedirectAttributes redirect) {
		LotDetails lot = catalog.ownLot(seller, lotId(id));
		CorridorId corridor = SellerForms.parse(SellerForms.required(form.getCorridor(), "corridor", errors),
				"corridor", "catalog.error.corridor", errors, CorridorId::of);
		if (corridor != null) {
			try {
				catalog.list(seller, lot.id(), corridor);
				return saved(redirect, "catalog.saved.listed", corridorName(corridor), "/seller/lots/" + lot.id());
			}
			catch (InvalidInput e) {
				SellerForms.reject(e, errors, Map.of());
			}
			catch (Conflict e) {
				errors.reject("catalog.error.unverified", String.valueOf(e.getMessage()));
			}
		}
		return page(model, lot, seller);
	}

	@PostMapping("/seller/lots/{id}/listings/{corridor}/pause")
	String pause(@PathVariable String id, @PathVariable String corridor, CurrentUser seller,
			RedirectAttributes redirect) {
		LotId lot = catalog.ownLot(seller, lotId(id)).id();
		CorridorId corridorId = corridorId(corridor);
		catalog.pause(seller, lot, corridorId);
		return saved(redirect, "catalog.saved.paused", corridorName(corridorId), "/seller/lots/" + lot);
	}

	@PostMapping("/seller/lots/{id}/listings/{corridor}/resume")
	String resume(@PathVariable String id, @PathVariable String corridor, CurrentUser seller,
			RedirectAttributes redirect) {
		LotId lot = catalog.ownLot(seller, lotId(id)).id();
		CorridorId corridorId = corridorId(corridor);
		catalog.resume(seller, lot, corridorId);
		return saved(redirect, "catalog.saved.resumed", corridorName(corridorId), "/seller/lots/" + lot);
	}

	private String page(Model model, LotDetails lot, CurrentUser seller) {
		model.addAttribute("lot", lot);
		model.addAttribute("verified", SellerProductPages.verified(seller));
		model.addAttribute("corridorsFromHub", network.corridorsFrom(seller.hub()));
		model.addAttribute("documentKinds", Arrays.asList(DocumentKind.values()));
		model.addAttribute("schemes", Arrays.asList(PreferenceScheme.values()));
		addIfMissing(model, "restockForm", new QuantityForm());
		addIfMissing(model, "withdrawForm", new QuantityForm());
		addIfMissing(model, "priceForm", new PriceForm());
		addIfMissing(model, "documentForm", new DocumentForm());
		addIfMissing(model, "listingForm", new ListingForm());
		model.addAttribute("photos", photos.ofLot(seller, lot.id()));
		model.addAttribute("photoAlt", lot.reference());
		addIfMissing(model, SellerPhotoPages.FORM, new PhotoForm());
		return "seller/lot";
	}

	private String form(Model model, LotForm form, CurrentUser seller) {
		model.addAttribute("form", form);
		model.addAttribute("verified", SellerProductPages.verified(seller));
		model.addAttribute("currency", currency(seller));
		Product product = form.getProduct() == null ? null
				: catalog.ownProduct(seller, SellerProductPages.productId(form.getProduct()));
		model.addAttribute("product", product);
		if (product == null) {
			model.addAttribute("products", catalog.products(seller, PageRequest.of(0, 100)));
		}
		model.addAttribute("producerKinds", Arrays.asList(ProducerKind.values()));
		model.addAttribute("processes", Arrays.asList(CoffeeProcess.values()));
		model.addAttribute("countries", network.countries());
		model.addAttribute("corridorsFromHub", network.corridorsFrom(seller.hub()));
		return "seller/lot-form";
	}

	private CurrencyCode currency(CurrentUser seller) {
		return network.requireCountry(seller.country()).currency();
	}

	private String corridorName(CorridorId corridor) {
		return network.corridor(corridor).map(c -> c.origin() + " → " + c.destination()).orElse(corridor.toString());
	}

	private static void addIfMissing(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	static String saved(RedirectAttributes redirect, String messageKey, String what, String target) {
		redirect.addFlashAttribute("savedMessage", messageKey);
		redirect.addFlashAttribute("savedWhat", what);
		return "redirect:" + target;
	}

	static LotId lotId(String id) {
		try {
			return LotId.of(id);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of("Lot", id);
		}
	}

	private static CorridorId corridorId(String id) {
		try {
			return CorridorId.of(id);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of("Corridor", id);
		}
	}

}
