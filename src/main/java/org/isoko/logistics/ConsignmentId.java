package org.isoko.logistics;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a consignment. */
public record ConsignmentId(UUID value) {

	public ConsignmentId {
		if (value == null) {
			throw new IllegalArgumentException("Consignment id is required");
		}
	}

	public static ConsignmentId random() {
		return new ConsignmentId(UUID.randomUUID());
	}

	@JsonCreator
	public static ConsignmentId of(String value) {
		try {
			return new ConsignmentId(UUID.fromString(value.trim()));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("'" + value + "' is not a consignment id");
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
