package org.isoko.catalog;

/**
 * What kind of product a seller offers; coffee categories carry coffee attributes
 * (process, grade, cup score).
 */
public enum Category {

	GREEN_COFFEE, ROASTED_COFFEE, TEA, SPICES, PROCESSED_FOOD, EQUIPMENT, HANDICRAFT, OTHER;

	public boolean isCoffee() {
		return this == GREEN_COFFEE || this == ROASTED_COFFEE;
	}

}
