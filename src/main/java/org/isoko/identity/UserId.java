package org.isoko.identity;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a user (a person signing in, or a program acting for them with an API
 * token).
 */
public record UserId(UUID value) {

	public UserId {
		if (value == null) {
			throw new IllegalArgumentException("User id is required");
		}
	}

	@JsonCreator
	public static UserId of(String value) {
		try {
			return new UserId(UUID.fromString(value));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("'" + value + "' is not a user id");
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
