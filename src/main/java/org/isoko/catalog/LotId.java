package org.isoko.catalog;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a lot. */
public record LotId(UUID value) {

	public LotId {
		if (value == null) {
			throw new IllegalArgumentException("Lot id is required");
		}
	}

	public static LotId random() {
		return new LotId(UUID.randomUUID());
	}

	@JsonCreator
	public static LotId of(String value) {
		try {
			return new LotId(UUID.fromString(value.trim()));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("'" + value + "' is not a lot id");
		}
	}

	@JsonValue
	@Override
	public UUID value() {
		return value;
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
