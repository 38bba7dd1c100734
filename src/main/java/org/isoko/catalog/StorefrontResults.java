package org.isoko.catalog;

import java.util.List;

import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.PageOf;

/**
 * A page of search results for buyers in {@code destination}, with the FX rates its
 * prices were converted with.
 */
public record StorefrontResults(SearchCriteria criteria, CountryCode destination, CurrencyCode currency,
		PageOf<StorefrontItem> page, List<StorefrontFx> rates) {

	public StorefrontResults {
		rates = List.copyOf(rates);
	}
}
