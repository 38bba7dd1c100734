package org.isoko.shared;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when one named input is invalid for a reason only the domain can tell (an
 * unknown country in an otherwise well-formed request). Answered with 400 naming
 * {@link #field()}; pages show the message next to that field.
 */
public class InvalidInput extends IllegalArgumentException {

	private final @Nullable String field;

	public InvalidInput(@Nullable String field, String message) {
		super(message);
		this.field = field;
	}

	public @Nullable String field() {
		return field;
	}

}
