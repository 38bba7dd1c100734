package org.isoko.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.shared.Conflict;
import org.isoko.shared.HsCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a seller does with their catalog: products, lots, documents, prices, stock and
 * listings. Every call checks that the caller is a seller and owns what they touch
 * (someone else's product or lot is reported as not found); a seller still waiting for
 * verification may draft products, lots and documents, but only a verified organisation
 * lists lots or changes lots on sale. Bad input is refused before anything is written.
 */
@Service
public class CatalogManagement {

	static final Set<String> LANGUAGES = Set.of("en", "fr", "rw", "zh");
	static final int MAX_UNITS = 1_000_000;

	private final CatalogStore store;

	private final CatalogStock stock;

	private final Network network;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<ListingRule> listingRules;

	CatalogManagement(CatalogStore store, CatalogStock stock, Network network, ApplicationEventPublisher events,
			Clock clock, ObjectProvider<ListingRule> listingRules) {
		this.listingRules = listingRules;
		this.store = store;
		this.stock = stock;
		this.network = network;
		this.events = events;
		this.clock = clock;
	}

	public record NewProduct(Category category, HsCode hsCode, String unitOfSale, long netWeightGrams,
			long grossWeightGrams, List<ProductText> texts) {
	}

	/**
	 * A new lot. {@code story} is in the product's first language;
	 * {@code storyTranslations} holds it in other languages (en, fr, rw, zh), as the
	 * seller wrote them.
	 */
	public record NewLot(String reference, int quantity, Money unitPrice, int minOrderQuantity, Provenance provenance,
			CoffeeAttributes coffee, @Nullable String story, Map<String, String> storyTranslations) {

		public NewLot {
			storyTranslations = Map.copyOf(storyTranslations);
		}

		public NewLot(String reference, int quantity, Money unitPrice, int minOrderQuantity, Provenance provenance,
				CoffeeAttributes coffee, @Nullable String story) {
			this(reference, quantity, unitPrice, minOrderQuantity, provenance, coffee, story, Map.of());
		}

	}

	public record NewDocument(DocumentKind kind, String number, String issuer, LocalDate issuedOn,
			@Nullable LocalDate expiresOn, @Nullable PreferenceScheme scheme, @Nullable String originCriterion) {
	}

	@Transactional
	public ProductId createProduct(CurrentUser seller, NewProduct product) {
		requireDraftingSeller(seller);
		requireText("unitOfSale", product.unitOfSale(), 120);
		if (product.netWeightGrams() < 1 || product.netWeightGrams() > 100_000_000L) {
			throw new InvalidInput("netWeightGrams", "Net weight must be between 1 g and 100 t");
		}
		if (product.grossWeightGrams() < product.netWeightGrams() || product.grossWeightGrams() > 100_000_000L) {
			throw new InvalidInput("grossWeightGrams",
					"Gross weight must be at least the net weight and at most 100 t");
		}
		Map<String, ProductText> texts = validTexts(product.texts());
		ProductId id = ProductId.random();
		store.insertProduct(
				new Product(id, seller.organisationId(), product.category(), product.hsCode(),
						product.unitOfSale().trim(), product.netWeightGrams(), product.grossWeightGrams(), texts),
				clock.instant());
		events.publishEvent(new ProductCreated(id, seller.organisationId(), product.category(), product.hsCode()));
		return id;
	}

	@Transactional
	public void saveText(CurrentUser seller, ProductId product, ProductText text) {
		requireDraftingSeller(seller);
		ownProduct(seller, product);
		validTexts(List.of(text)).values().forEach(valid -> {
			store.upsertText(product, valid);
			events.publishEvent(new ProductTextSaved(product, valid.language()));
		});
	}

	/**
	 * Writes several languages at once, all or nothing (the seller console's texts form).
	 */
	@Transactional
	public void saveTexts(CurrentUser seller, ProductId product, List<ProductText> texts) {
		requireDraftingSeller(seller);
		ownProduct(seller, product);
		validTexts(texts).values().forEach(valid -> store.upsertText(product, valid));
	}

	/**
	 * Corrects a product's HS code, as its seller does when it was classified wrongly:
	 * customs declare and tariffs charge by it, so a wrong code must not stay. A lot of
	 * the product listed on a corridor keeps offering it only where the other modules'
	 * listing rules allow the new code (the same rules as listing it); otherwise nothing
	 * changes and the seller is told to pause the lot there first, so that nothing is
	 * offered that cannot be quoted. Orders placed before keep the code they were placed
	 * with.
	 */
	@Transactional
	public Product reclassify(CurrentUser seller, ProductId productId, HsCode hsCode) {
		requireDraftingSeller(seller);
		Product product = ownProduct(seller, productId);
		if (product.hsCode().equals(hsCode)) {
			return product;
		}
		for (CorridorId corridor : store.corridorsListedOn(productId)) {
			try {
				checkListingRules(hsCode, corridor);
			}
			catch (InvalidInput e) {
				throw new InvalidInput("hsCode", e.getMessage() + "; pause the product's lots on that corridor first");
			}
		}
		Instant now = clock.instant();
		store.updateHsCode(productId, hsCode, now);
		events.publishEvent(new ProductReclassified(productId, seller.organisationId(), product.hsCode(), hsCode,
				seller.id(), now));
		return ownProduct(seller, productId);
	}

	@Transactional
	LotId createLot(CurrentUser seller, ProductId productId, NewLot lot) {
		return createLot(seller, productId, lot, List.of(), List.of());
	}

	/**
	 * Creates a lot with its documents and lists it on {@code corridors}, all or nothing:
	 * a bad document or a corridor that cannot be used leaves no lot behind.
	 */
	@Transactional
	public LotId createLot(CurrentUser seller, ProductId productId, NewLot lot, List<NewDocument> documents,
			List<CorridorId> corridors) {
		requireDraftingSeller(seller);
		Product product = ownProduct(seller, productId);
		String reference = requireText("reference", lot.reference(), 60);
		if (store.referenceTaken(seller.organisationId(), reference)) {
			throw new InvalidInput("reference", "You already have a lot with the reference " + reference);
		}
		requireUnits("quantity", lot.quantity(), 1);
		requireUnits("minOrderQuantity", lot.minOrderQuantity(), 1);
		if (lot.minOrderQuantity() > lot.quantity()) {
			throw new InvalidInput("minOrderQuantity", "The minimum order (" + lot.minOrderQuantity()
					+ ") cannot exceed the lot's quantity (" + lot.quantity() + ")");
		}
		if (!lot.unitPrice().isPositive()) {
			throw new InvalidInput("unitPrice", "The price must be more than zero");
		}
		requireSellerCurrency(seller, lot.unitPrice());
		network.country(lot.provenance().country())
			.orElseThrow(() -> new InvalidInput("originCountry",
					lot.provenance().country() + " is not a country of the network"));
		requireText("originRegion", lot.provenance().region(), 120);
		requireText("producerName", lot.provenance().producerName(), 200);
		LocalDate today = LocalDate.now(clock);
		if (lot.provenance().harvestedOn() != null && lot.provenance().harvestedOn().isAfter(today)) {
			throw new InvalidInput("harvestedOn", "The harvest date cannot be in the future");
		}
		validateCoffee(product.category(), lot.coffee());
		if (lot.story() != null && lot.story().length() > 4000) {
			throw new InvalidInput("story", "The story must be at most 4000 characters");
		}
		Map<String, String> storyTranslations = validStoryTranslations(lot.storyTranslations());
		LotId id = LotId.random();
		store.insertLot(new CatalogStore.LotRow(id, productId, seller.organisationId(), reference, lot.quantity(),
				lot.quantity(), lot.unitPrice(), lot.minOrderQuantity(), lot.provenance(), lot.coffee(),
				blankToNull(lot.story()), storyTranslations), clock.instant());
		events.publishEvent(new LotCreated(id, productId, seller.organisationId()));
		for (int i = 0; i < documents.size(); i++) {
			try {
				addDocument(seller, id, documents.get(i));
			}
			catch (InvalidInput e) {
				throw new InvalidInput("documents[" + i + "]." + e.field(), String.valueOf(e.getMessage()));
			}
		}
		for (CorridorId corridor : new LinkedHashSet<>(corridors)) {
			try {
				list(seller, id, corridor);
			}
			catch (InvalidInput e) {
				throw new InvalidInput("corridors", String.valueOf(e.getMessage()));
			}
		}
		return id;
	}

	@Transactional
	public LotDocument addDocument(CurrentUser seller, LotId lot, NewDocument document) {
		requireDraftingSeller(seller);
		ownLot(seller, lot);
		String number = requireText("number", document.number(), 80);
		String issuer = requireText("issuer", document.issuer(), 200);
		if (document.expiresOn() != null && !document.expiresOn().isAfter(document.issuedOn())) {
			throw new InvalidInput("expiresOn", "The expiry date must be after the issue date");
		}
		LocalDate today = LocalDate.now(clock);
		if (document.issuedOn().isAfter(today)) {
			throw new InvalidInput("issuedOn", "The issue date cannot be in the future");
		}
		// An expired document proves nothing to a buyer or to customs; keeping it would
		// only mislead.
		if (document.expiresOn() != null && !document.expiresOn().isAfter(today)) {
			throw new InvalidInput("expiresOn",
					"The document expired on " + document.expiresOn() + ": add a valid one");
		}
		if (document.kind() == DocumentKind.CERTIFICATE_OF_ORIGIN) {
			if (document.scheme() == null) {
				throw new InvalidInput("scheme", "Say which preference scheme the certificate of origin is issued for");
			}
			requireText("originCriterion", document.originCriterion(), 60);
			if (document.scheme() == PreferenceScheme.AFCFTA && (document.expiresOn() == null
					|| document.expiresOn().isAfter(document.issuedOn().plusMonths(12)))) {
				throw new InvalidInput("expiresOn",
						"An AfCFTA certificate of origin is valid for at most 12 months from its issue date");
			}
		}
		LotDocument saved = new LotDocument(UUID.randomUUID(), document.kind(), number, issuer, document.issuedOn(),
				document.expiresOn(), document.scheme(), blankToNull(document.originCriterion()));
		store.insertDocument(lot, saved);
		return saved;
	}

	@Transactional
	public void changePrice(CurrentUser seller, LotId lot, Money price) {
		requireVerifiedSeller(seller);
		LotDetails details = ownLot(seller, lot);
		if (!price.isPositive()) {
			throw new InvalidInput("unitPrice", "The price must be more than zero");
		}
		if (!price.currency().equals(details.unitPrice().currency())) {
			throw new InvalidInput("currency", "The lot is priced in " + details.unitPrice().currency());
		}
		store.updatePrice(lot, price, clock.instant());
		events.publishEvent(new LotRepriced(lot, price));
	}

	@Transactional
	public void restock(CurrentUser seller, LotId lot, int quantity) {
		requireVerifiedSeller(seller);
		LotDetails details = ownLot(seller, lot);
		requireUnits("quantity", quantity, 1);
		if ((long) details.quantityTotal() + quantity > MAX_UNITS) {
			throw new InvalidInput("quantity", "A lot holds at most " + MAX_UNITS + " units");
		}
		stock.restock(lot, quantity);
	}

	/**
	 * Allowed to any seller, verified or not: taking goods off sale never harms a buyer.
	 */
	@Transactional
	public void withdraw(CurrentUser seller, LotId lot, int quantity) {
		ownLot(seller, lot);
		requireUnits("quantity", quantity, 1);
		stock.withdraw(lot, quantity);
	}

	/**
	 * Offers a lot on a corridor. The corridor must leave from the seller's own hub: a
	 * Rwandan cooperative ships from Kigali. Listing again a paused lot resumes it.
	 */
	@Transactional
	public Listing list(CurrentUser seller, LotId lot, CorridorId corridorId) {
		requireVerifiedSeller(seller);
		LotDetails details = ownLot(seller, lot);
		var corridor = network.corridor(corridorId)
			.orElseThrow(() -> new InvalidInput("corridor", "There is no corridor " + corridorId));
		if (!corridor.origin().equals(seller.hub())) {
			throw new InvalidInput("corridor", "Corridor " + corridor.origin() + "→" + corridor.destination()
					+ " does not leave from your hub " + seller.hub());
		}
		if (!corridor.isValidOn(LocalDate.now(clock))) {
			throw new InvalidInput("corridor",
					"Corridor " + corridor.origin() + "→" + corridor.destination() + " is not open today");
		}
		checkListingRules(details.hsCode(), corridorId);
		var existing = details.listingOn(corridorId);
		if (existing.isPresent()) {
			return resume(seller, lot, corridorId);
		}
		Instant now = clock.instant();
		Listing listing = new Listing(UUID.randomUUID(), lot, corridorId, ListingStatus.LISTED, now, now);
		store.insertListing(listing);
		events.publishEvent(new LotListed(lot, corridorId, details.seller()));
		return listing;
	}

	/** Allowed to any seller, verified or not, like {@link #withdraw}. */
	@Transactional
	public Listing pause(CurrentUser seller, LotId lot, CorridorId corridor) {
		return changeListing(seller, lot, corridor, ListingStatus.PAUSED);
	}

	@Transactional
	public Listing resume(CurrentUser seller, LotId lot, CorridorId corridor) {
		requireVerifiedSeller(seller);
		checkListingRules(ownLot(seller, lot).hsCode(), corridor);
		return changeListing(seller, lot, corridor, ListingStatus.LISTED);
	}

	/** The other modules' conditions on a listing (see {@link ListingRule}). */
	private void checkListingRules(HsCode hsCode, CorridorId corridorId) {
		network.corridor(corridorId)
			.ifPresent(corridor -> listingRules.orderedStream()
				.forEach(rule -> rule.check(hsCode, corridor, LocalDate.now(clock))));
	}

	@Transactional(readOnly = true)
	public PageOf<Product> products(CurrentUser seller, PageRequest page) {
		requireSeller(seller);
		return store.productsOf(seller.organisationId(), page);
	}

	@Transactional(readOnly = true)
	public PageOf<LotDetails> lots(CurrentUser seller, PageRequest page) {
		requireSeller(seller);
		return store.lotsOf(seller.organisationId(), page);
	}

	@Transactional(readOnly = true)
	public SellerOverview overview(CurrentUser seller) {
		requireSeller(seller);
		return store.overview(seller.organisationId());
	}

	@Transactional(readOnly = true)
	public List<LotDetails> lotsNeedingAttention(CurrentUser seller, int limit) {
		requireSeller(seller);
		return store.lotsNeedingAttention(seller.organisationId(), limit);
	}

	@Transactional(readOnly = true)
	public LotDetails ownLot(CurrentUser seller, LotId lot) {
		requireSeller(seller);
		return store.lot(lot).filter(l -> seller.belongsTo(l.seller())).orElseThrow(() -> NotFound.of("Lot", lot));
	}

	@Transactional(readOnly = true)
	public Product ownProduct(CurrentUser seller, ProductId product) {
		requireSeller(seller);
		return store.product(product)
			.filter(p -> seller.belongsTo(p.seller()))
			.orElseThrow(() -> NotFound.of("Product", product));
	}

	private Listing changeListing(CurrentUser seller, LotId lot, CorridorId corridor, ListingStatus status) {
		LotDetails details = ownLot(seller, lot);
		Listing listing = details.listingOn(corridor)
			.orElseThrow(() -> new InvalidInput("corridor", "Lot " + lot + " is not listed on corridor " + corridor));
		if (listing.status() == status) {
			return listing;
		}
		Instant now = clock.instant();
		store.updateListingStatus(listing.id(), status, now);
		events.publishEvent(status == ListingStatus.PAUSED ? new ListingPaused(lot, corridor)
				: new LotListed(lot, corridor, details.seller()));
		return new Listing(listing.id(), lot, corridor, status, listing.listedAt(), now);
	}

	private static void requireSeller(CurrentUser user) {
		if (!user.has(Role.SELLER) && !user.isAdmin()) {
			throw new AccessDeniedException("Only sellers manage a catalog");
		}
	}

	/**
	 * Preparing products, lots and documents is open to a seller still waiting for
	 * verification (issue 16): nothing is offered to buyers until a lot is listed on a
	 * corridor, and listing needs a verified organisation
	 * ({@link #requireVerifiedSeller}).
	 */
	private static void requireDraftingSeller(CurrentUser user) {
		requireSeller(user);
	}

	private static void requireVerifiedSeller(CurrentUser user) {
		requireSeller(user);
		if (!user.organisationVerified() && !user.isAdmin()) {
			throw new Conflict("Your organisation is not verified yet: the hub " + user.hub()
					+ " verifies sellers before they can list or change lots on sale");
		}
	}

	/**
	 * A lot is priced in the currency of the seller's country, the currency its payouts
	 * are made in.
	 */
	private void requireSellerCurrency(CurrentUser seller, Money price) {
		network.country(seller.country()).ifPresent(country -> {
			if (!country.currency().equals(price.currency())) {
				throw new InvalidInput("currency", "Price your lots in " + country.currency() + ", the currency of "
						+ seller.country() + ", not " + price.currency());
			}
		});
	}

	private static Map<String, ProductText> validTexts(List<ProductText> texts) {
		if (texts.isEmpty()) {
			throw new InvalidInput("texts", "Give the product a name and description in at least one language");
		}
		Map<String, ProductText> valid = new LinkedHashMap<>();
		for (ProductText text : texts) {
			if (!LANGUAGES.contains(text.language())) {
				throw new InvalidInput("language",
						"Language must be one of en, fr, rw, zh, got '" + text.language() + "'");
			}
			if (valid.containsKey(text.language())) {
				throw new InvalidInput("language", "Language " + text.language() + " is given twice");
			}
			String unit = blankToNull(text.unitOfSale());
			if (unit != null && unit.trim().length() > 120) {
				throw new InvalidInput("unitOfSale", "The unit of sale must be at most 120 characters");
			}
			valid.put(text.language(), new ProductText(text.language(), requireText("name", text.name(), 200),
					requireText("description", text.description(), 4000), unit == null ? null : unit.trim()));
		}
		return valid;
	}

	private static Map<String, String> validStoryTranslations(Map<String, String> stories) {
		Map<String, String> valid = new LinkedHashMap<>();
		stories.forEach((language, story) -> {
			if (!LANGUAGES.contains(language)) {
				throw new InvalidInput("stories", "Language must be one of en, fr, rw, zh, got '" + language + "'");
			}
			String text = blankToNull(story);
			if (text != null && text.length() > 4000) {
				throw new InvalidInput("story" + Character.toUpperCase(language.charAt(0)) + language.substring(1),
						"The story must be at most 4000 characters");
			}
			if (text != null) {
				valid.put(language, text);
			}
		});
		return valid;
	}

	private static void validateCoffee(Category category, CoffeeAttributes coffee) {
		if (!category.isCoffee() && !coffee.isEmpty()) {
			throw new InvalidInput("process", "Process, grade, cup score and altitude are for coffee only");
		}
		BigDecimal cup = coffee.cupScore();
		if (cup != null && (cup.signum() < 0 || cup.compareTo(BigDecimal.valueOf(100)) > 0
				|| cup.stripTrailingZeros().scale() > 2)) {
			throw new InvalidInput("cupScore", "The cup score must be between 0 and 100 with at most two decimals");
		}
		if (coffee.altitudeMeters() != null && (coffee.altitudeMeters() < 0 || coffee.altitudeMeters() > 6000)) {
			throw new InvalidInput("altitudeMeters", "The altitude must be between 0 and 6000 m");
		}
		if (coffee.grade() != null && coffee.grade().length() > 60) {
			throw new InvalidInput("grade", "The grade must be at most 60 characters");
		}
	}

	private static void requireUnits(String field, int quantity, int minimum) {
		if (quantity < minimum || quantity > MAX_UNITS) {
			throw new InvalidInput(field,
					field + " must be a whole number between " + minimum + " and " + MAX_UNITS + ", got " + quantity);
		}
	}

	static String requireText(String field, @Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, field + " is required");
		}
		if (value.trim().length() > maxLength) {
			throw new InvalidInput(field, field + " must be at most " + maxLength + " characters");
		}
		return value.trim();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
