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

	@Override
	public String toString() {
		return saved != null ? "Orderer[saved " + saved + "]" : "Orderer[typed]";
	}

}
