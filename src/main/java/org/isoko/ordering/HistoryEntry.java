package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.UserId;
import org.jspecify.annotations.Nullable;

/** One step of an order's timeline: from (null when placed), to, when, who and why. */
public record HistoryEntry(@Nullable OrderStatus from, OrderStatus to, Instant at, @Nullable UserId actorId,
		String actorName, @Nullable String reason) {

	/**
	 * The reason of the line that records customs' electronic tax bill: this, then its
	 * number.
	 */
	static final String TAX_BILL = "tax-bill:";

	/**
	 * The number of customs' electronic tax bill this line records; none for other lines.
	 */
	public @Nullable String taxBill() {
		return reason != null && reason.startsWith(TAX_BILL) ? reason.substring(TAX_BILL.length()) : null;
	}

}
