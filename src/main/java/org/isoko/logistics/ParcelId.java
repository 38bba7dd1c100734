package org.isoko.logistics;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a parcel. */
public record ParcelId(UUID value) {

	public ParcelId {
		if (value == null) {
			throw new IllegalArgumentException("Parcel id is required");
		}
	}

	public static ParcelId random() {
		return new ParcelId(UUID.randomUUID());
	}

	@JsonCreator
	public static ParcelId of(String value) {
		try {
			return new ParcelId(UUID.fromString(value.trim()));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("'" + value + "' is not a parcel id");
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
