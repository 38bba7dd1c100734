package org.isoko.channels.ussd;

/**
 * One entry of a caller's main menu and the screens behind it (at most four, the last an
 * END). A flow keeps no state of its own: each screen is a function of the state it
 * returned before ({@link Step#data()}) and the caller's last input, so a session can be
 * resumed on any instance.
 */
public interface UssdFlow {

	/** A short name stored in the session, e.g. "orders". */
	String id();

	/** The message key of the flow's line in the main menu. */
	String labelKey();

	Step start(UssdCaller caller);

	Step next(UssdCaller caller, String data, String input);

}
