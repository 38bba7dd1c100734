package org.isoko.network;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Reference data that is valid for a period and says where it comes from. */
public interface Sourced {

	LocalDate validFrom();

	@Nullable LocalDate validTo();

	String source();

	@Nullable String sourceUrl();

	/**
	 * Valid on {@code day}: from {@code validFrom} inclusive to {@code validTo}
	 * exclusive.
	 */
	default boolean isValidOn(LocalDate day) {
		LocalDate to = validTo();
		return !day.isBefore(validFrom()) && (to == null || day.isBefore(to));
	}

}
