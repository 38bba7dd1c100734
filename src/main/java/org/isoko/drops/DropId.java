package org.isoko.drops;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a drop (a limited sale of part of one lot). */
public record DropId(UUID value) {

	public DropId {
		if (value == null) {
			throw new IllegalArgumentException("Drop id is required");
		}
	}

	public static DropId random() {
		return new DropId(UUID.randomUUID());
	}

	@JsonCreator
	public static DropId of(String value) {
		try {
			return new DropId(UUID.fromString(value.trim()));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("'" + value + "' is not a drop id");
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
