package org.isoko.trade.tariff;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When a rate applies: from {@code from} inclusive to {@code to} exclusive (open-ended
 * when {@code to} is null), the same convention as the network's reference data.
 */
public record Validity(LocalDate from, @Nullable LocalDate to) {

	public Validity {
		if (from == null) {
			throw new IllegalArgumentException("valid_from is required");
		}
		if (to != null && !to.isAfter(from)) {
			throw new IllegalArgumentException("valid_to (" + to + ") must be after valid_from (" + from + ")");
		}
	}

	public static Validity from(LocalDate from) {
		return new Validity(from, null);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && (to == null || day.isBefore(to));
	}

	public boolean overlaps(Validity other) {
		boolean thisEndsBeforeOther = to != null && !to.isAfter(other.from);
		boolean otherEndsBeforeThis = other.to != null && !other.to.isAfter(from);
		return !thisEndsBeforeOther && !otherEndsBeforeThis;
	}

	@Override
	public String toString() {
		return from + " – " + (to == null ? "open" : to.toString());
	}
}
