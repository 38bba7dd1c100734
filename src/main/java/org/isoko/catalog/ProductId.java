package org.isoko.catalog;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a product. */
public record ProductId(UUID value) {

	public ProductId {
		if (value == null) {
			throw new IllegalArgumentException("Product id is required");
		}
	}

	public static ProductId random() {
		return new ProductId(UUID.randomUUID());
	}

	@JsonCreator
	public static ProductId of(String value) {
		try {
			return new ProductId(UUID.fromString(value.trim()));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("'" + value + "' is not a product id");
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
