package org.isoko.identity;

import org.isoko.shared.InvalidInput;

/**
 * An upload that is not an accepted document: the reason names the message shown by the
 * form's file field ({@code identity.document.error.<reason>}).
 */
public class InvalidDocument extends InvalidInput {

	public enum Reason {

		EMPTY, TOO_LARGE, NOT_ACCEPTED, UNREADABLE, ENCRYPTED

	}

	private final Reason reason;

	InvalidDocument(Reason reason, String message) {
		super("file", message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String messageCode() {
		return "identity.document.error." + reason.name();
	}

}
