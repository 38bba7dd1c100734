package org.isoko.shared;

/**
 * Thrown when a thing a caller named by its id or code does not exist (or is not visible
 * to the caller: we do not tell strangers which ids exist). Answered with 404.
 */
public class NotFound extends RuntimeException {

	public NotFound(String message) {
		super(message);
	}

	public static NotFound of(String kind, Object id) {
		return new NotFound(kind + " '" + id + "' was not found");
	}

}
