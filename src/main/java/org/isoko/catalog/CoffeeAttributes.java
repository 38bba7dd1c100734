package org.isoko.catalog;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The attributes coffee buyers choose by. All optional; empty for products that are not
 * coffee.
 */
public record CoffeeAttributes(@Nullable CoffeeProcess process, @Nullable String grade, @Nullable BigDecimal cupScore,
		@Nullable Integer altitudeMeters) {

	public static final CoffeeAttributes NONE = new CoffeeAttributes(null, null, null, null);

	public boolean isEmpty() {
		return process == null && grade == null && cupScore == null && altitudeMeters == null;
	}
}
