package org.isoko.ordering;

import org.isoko.shared.Conflict;

/**
 * A change the order's current state does not allow (answered with 409, naming the
 * state).
 */
class IllegalTransition extends Conflict {

	IllegalTransition(String number, OrderStatus current, String action) {
		super("Order " + number + " is " + current + ": it cannot be " + action);
	}

	IllegalTransition(String message) {
		super(message);
	}

}
