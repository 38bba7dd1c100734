package org.isoko.logistics.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** How logistics pages write times (UTC, said on the page) and weights (kg). */
public final class PageFormats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String time(@Nullable Instant instant) {
		return instant == null ? "—" : TIME.format(instant);
	}

	public String kg(@Nullable Long grams) {
		return grams == null ? "—"
				: BigDecimal.valueOf(grams).movePointLeft(3).stripTrailingZeros().toPlainString() + " kg";
	}

}
