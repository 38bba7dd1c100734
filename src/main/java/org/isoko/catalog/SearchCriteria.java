package org.isoko.catalog;

import java.util.List;
import java.util.Locale;

import org.isoko.network.Corridor;
import org.isoko.network.Country;
import org.isoko.shared.CountryCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * A validated storefront search: what a buyer in {@code destination} looks for. Prices
 * are in the buyer's currency (the destination's); {@code corridors} are the open
 * corridors into the destination.
 */
public record SearchCriteria(Country destination, List<Corridor> corridors, @Nullable String query, List<String> tokens,
		@Nullable Category category, @Nullable CountryCode originCountry, @Nullable String region,
		@Nullable CoffeeProcess process, @Nullable Money minPrice, @Nullable Money maxPrice, boolean certified,
		SearchSort sort, PageRequest page, Locale locale) {

	public SearchCriteria {
		corridors = List.copyOf(corridors);
		tokens = List.copyOf(tokens);
	}

	boolean hasPriceRange() {
		return minPrice != null || maxPrice != null;
	}
}
