package org.isoko.drops.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.isoko.drops.Drop;
import org.isoko.drops.DropPhase;
import org.jspecify.annotations.Nullable;

/**
 * What a drop page shows, computed at the time of the request (phase, countdown, the
 * product in the visitor's language).
 */
record DropView(Drop drop, DropPhase phase, String productName, String unitPrice, String unitOfSale, String untilStart,
		String untilEnd, List<String> routes, Formats fmt) {

	/** Times on drop pages: UTC, written out. */
	static final class Formats {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

		public String time(@Nullable Instant instant) {
			return instant == null ? "—" : TIME.format(instant);
		}

		public String phase(Drop drop, Instant now) {
			return drop.phase(now).name();
		}

	}
}
