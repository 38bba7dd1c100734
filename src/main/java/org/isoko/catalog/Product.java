package org.isoko.catalog;

import java.util.Map;

import org.isoko.identity.OrganisationId;
import org.isoko.shared.HsCode;

/**
 * A seller's product: what is sold (category, HS code, unit of sale, weights) and its
 * texts by language. Lots are stock of a product.
 */
public record Product(ProductId id, OrganisationId seller, Category category, HsCode hsCode, String unitOfSale,
		long netWeightGrams, long grossWeightGrams, Map<String, ProductText> texts) {
}
