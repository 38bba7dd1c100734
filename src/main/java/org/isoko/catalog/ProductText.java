package org.isoko.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A product's name and description in one language (en, fr, rw or zh), and its unit of
 * sale in that language when the seller wrote one (else the product's own unit of sale is
 * shown, in the product's first language: see {@link Written}).
 */
public record ProductText(String language, String name, String description, @Nullable String unitOfSale) {

	public ProductText(String language, String name, String description) {
		this(language, name, description, null);
	}

}
