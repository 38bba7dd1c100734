package org.isoko.drops.web;

import java.time.Instant;
import java.util.List;

import org.isoko.catalog.Written;
import org.isoko.drops.Drop;
import org.isoko.drops.DropPhase;

/**
 * What a drop page shows, computed at the time of the request (phase, countdown, the
 * product in the visitor's language).
 */
record DropView(Drop drop, DropPhase phase, String productName, String unitPrice, Written unitOfSale, String untilStart,
		String untilEnd, List<String> routes, Formats fmt) {

	/**
	 * What drop pages work out (times are written by {@code @times}, in the viewer's
	 * zone).
	 */
	static final class Formats {

		public String phase(Drop drop, Instant now) {
			return drop.phase(now).name();
		}

	}
}
