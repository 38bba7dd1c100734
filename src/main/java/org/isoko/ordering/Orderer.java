package org.isoko.ordering;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The orderer's identity as given at checkout for China's cross-border retail regime:
 * either a saved identity of the same buyer, chosen by its id, or a real name and a
 * resident ID number typed in. Personal data: {@link #toString()} never shows it, so that
 * it stays out of logs and idempotency fingerprints.
 */
public record Orderer(@Nullable UUID saved, @Nullable String name, @Nullable String idNumber) {

	public static Orderer typed(@Nullable String name, @Nullable String idNumber) {
		return new Orderer(null, name, idNumber);
	}

	public static Orderer reused(UUID saved) {
		return new Orderer(saved, null, null);
	}

	/**
	 * The identity as a page's form gives it (the orderer fragment of the checkout and
	 * drop pages): {@code saved} is a saved identity's id, or "new" (or blank) with the
	 * name and number typed. A saved id that is not an id is kept as one no buyer has, so
	 * that the refusal names the choice. None when nothing was chosen or typed.
	 */
	public static @Nullable Orderer fromForm(@Nullable String saved, @Nullable String name, @Nullable String idNumber) {
		if (saved != null && !saved.isBlank() && !"new".equals(saved.trim())) {
			try {
				return reused(UUID.fromString(saved.trim()));
			}
			catch (IllegalArgumentException e) {
				return reused(new UUID(0, 0));
			}
		}
		boolean blank = (name == null || name.isBlank()) && (idNumber == null || idNumber.isBlank());
		return blank ? null : typed(name, idNumber);
	}

	@Override
	public String toString() {
		return saved != null ? "Orderer[saved " + saved + "]" : "Orderer[typed]";
	}

}
