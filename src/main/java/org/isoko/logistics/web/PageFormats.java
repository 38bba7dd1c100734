package org.isoko.logistics.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How logistics pages write weights (kg); times are written by {@code @times}, in the
 * viewer's zone.
 */
public final class PageFormats {

	public String kg(@Nullable Long grams) {
		return grams == null ? "—"
				: BigDecimal.valueOf(grams).movePointLeft(3).stripTrailingZeros().toPlainString() + " kg";
	}

}
