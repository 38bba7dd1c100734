package org.isoko.network;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a corridor (origin hub → destination hub); other modules keep this id, e.g.
 * on a listing.
 */
public record CorridorId(UUID value) {

	public CorridorId {
		if (value == null) {
			throw new IllegalArgumentException("Corridor id is required");
		}
	}

	public static CorridorId random() {
		return new CorridorId(UUID.randomUUID());
	}

	@JsonCreator
	public static CorridorId of(String value) {
		try {
			return new CorridorId(UUID.fromString(value.trim()));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("'" + value + "' is not a corridor id");
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
