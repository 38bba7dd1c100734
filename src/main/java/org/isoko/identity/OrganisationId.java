package org.isoko.identity;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an organisation; the unit of data isolation (a user sees their
 * organisation's data).
 */
public record OrganisationId(UUID value) {

	public OrganisationId {
		if (value == null) {
			throw new IllegalArgumentException("Organisation id is required");
		}
	}

	@JsonCreator
	public static OrganisationId of(String value) {
		try {
			return new OrganisationId(UUID.fromString(value));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("'" + value + "' is not an organisation id");
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
