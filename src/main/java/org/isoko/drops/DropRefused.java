package org.isoko.drops;

import org.isoko.shared.Conflict;

/**
 * A drop order refused for a reason of the drop's state (sold out, not started, ended,
 * the buyer's cap reached): the everyday answer of a rush, given to most requests. It
 * carries no stack trace, which would cost more than the rest of the refusal; the API
 * writes it as a 409 problem without going through exception resolution.
 */
public class DropRefused extends Conflict {

	DropRefused(String message) {
		super(message);
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
