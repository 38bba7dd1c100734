package org.isoko.catalog;

import java.util.Locale;
import java.util.Map;

import org.isoko.identity.OrganisationId;
import org.isoko.shared.HsCode;

/**
 * A seller's product: what is sold (category, HS code, unit of sale, weights) and its
 * texts by language. Lots are stock of a product. {@code unitOfSale} is in the product's
 * first language; its texts may carry it in others.
 */
public record Product(ProductId id, OrganisationId seller, Category category, HsCode hsCode, String unitOfSale,
		long netWeightGrams, long grossWeightGrams, Map<String, ProductText> texts) {

	/** The unit of sale for a viewer in {@code locale}, with the language it is in. */
	public Written unitOfSale(Locale locale) {
		return Written.unitOfSale(unitOfSale, texts, locale);
	}

}
