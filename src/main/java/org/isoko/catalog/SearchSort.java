package org.isoko.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** How storefront results are ordered. Relevance without a query means newest first. */
public enum SearchSort {

	RELEVANCE("relevance"), PRICE_ASC("price-asc"), PRICE_DESC("price-desc"), NEWEST("newest"), CUP_SCORE("cup-score");

	private final String param;

	SearchSort(String param) {
		this.param = param;
	}

	public String param() {
		return param;
	}

	static SearchSort parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return RELEVANCE;
		}
		String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
		return Arrays.stream(values())
			.filter(s -> s.param.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("sort",
					"sort must be one of "
							+ Arrays.stream(values()).map(SearchSort::param).collect(Collectors.joining(", "))
							+ ", got '" + value + "'"));
	}

}
