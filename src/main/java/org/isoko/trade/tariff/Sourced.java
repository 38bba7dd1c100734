package org.isoko.trade.tariff;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A row of trade reference data: a key (ref), a validity and where its numbers come from.
 */
public interface Sourced {

	String ref();

	Validity validity();

	/**
	 * The legal basis and where the number was read; "[U]" marks what could not be
	 * checked.
	 */
	String source();

	@Nullable String sourceUrl();

	default boolean isValidOn(LocalDate day) {
		return validity().contains(day);
	}

	/** True when the source admits the number is unverified. */
	default boolean isUnverified() {
		return source().contains("[U]");
	}

}
