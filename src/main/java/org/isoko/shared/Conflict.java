package org.isoko.shared;

/**
 * Thrown when a request is well-formed but clashes with the current state: a duplicate
 * code, an overlapping validity period, a transition the current state does not allow.
 * Answered with 409; nothing was changed.
 */
public class Conflict extends RuntimeException {

	public Conflict(String message) {
		super(message);
	}

}
