package org.isoko.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.isoko.identity.OrganisationId;
import org.isoko.network.CorridorId;
import org.isoko.shared.HsCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one lot and its product, as other modules and the storefront read it.
 * {@code unitPrice} is in the seller's currency, per unit of sale. {@code unitOfSale} and
 * {@code story} are in the product's first language; {@code storyTranslations} holds the
 * story in other languages (see {@link Written}).
 */
public record LotDetails(LotId id, ProductId productId, OrganisationId seller, Category category, HsCode hsCode,
		String unitOfSale, long netWeightGrams, long grossWeightGrams, Map<String, ProductText> texts, String reference,
		int quantityTotal, int available, Money unitPrice, int minOrderQuantity, Provenance provenance,
		CoffeeAttributes coffee, @Nullable String story, Map<String, String> storyTranslations,
		List<LotDocument> documents, List<Listing> listings) {

	/**
	 * Languages tried after the visitor's own, in order, when a seller did not write in
	 * it.
	 */
	public static final List<String> FALLBACK_LANGUAGES = List.of("en", "fr", "rw", "zh");

	public LotDetails {
		texts = Map.copyOf(texts);
		storyTranslations = Map.copyOf(storyTranslations);
		documents = List.copyOf(documents);
		listings = List.copyOf(listings);
	}

	/**
	 * The product text in the visitor's language, else the first available of en, fr, rw,
	 * zh.
	 */
	public ProductText text(Locale locale) {
		ProductText own = texts.get(locale.getLanguage());
		if (own != null) {
			return own;
		}
		return FALLBACK_LANGUAGES.stream()
			.map(texts::get)
			.filter(t -> t != null)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Product " + productId + " has no text"));
	}

	/** The unit of sale for a viewer in {@code locale}, with the language it is in. */
	public Written unitOfSale(Locale locale) {
		return Written.unitOfSale(unitOfSale, texts, locale);
	}

	/** The producer's story for a viewer in {@code locale}; null when there is none. */
	public @Nullable Written story(Locale locale) {
		return Written.story(story, storyTranslations, texts, locale);
	}

	public boolean isSoldOut() {
		return available == 0;
	}

	public Optional<Listing> listingOn(CorridorId corridor) {
		return listings.stream().filter(l -> l.corridor().equals(corridor)).findFirst();
	}

	public List<LotDocument> certificatesValidOn(LocalDate day) {
		return documents.stream()
			.filter(d -> d.kind() == DocumentKind.CERTIFICATE_OF_ORIGIN && d.isValidOn(day))
			.toList();
	}
}
