package org.isoko.customs.ceb;

/** A message that is not a well-formed CEB message: customs answers it with a CEB900. */
public class CebFormatException extends RuntimeException {

	public CebFormatException(String message) {
		super(message);
	}

	public CebFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
