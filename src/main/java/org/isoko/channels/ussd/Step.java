package org.isoko.channels.ussd;

/**
 * What a flow answers to one input: the screen, whether it ends the session, and the
 * flow's own state for the next input (e.g. "o:" and an order id).
 */
public record Step(boolean end, String text, String data) {

	public static Step more(String text, String data) {
		return new Step(false, text, data);
	}

	public static Step end(String text) {
		return new Step(true, text, "");
	}

}
