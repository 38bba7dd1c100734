package org.isoko.ordering;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an order. */
public record OrderId(UUID value) {

	public OrderId {
		if (value == null) {
			throw new IllegalArgumentException("Order id is required");
		}
	}

	public static OrderId random() {
		return new OrderId(UUID.randomUUID());
	}

	@JsonCreator
	public static OrderId of(String value) {
		try {
			return new OrderId(UUID.fromString(value.trim()));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("'" + value + "' is not an order id");
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
