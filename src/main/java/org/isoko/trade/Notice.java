package org.isoko.trade;

import java.util.List;

/**
 * Something the buyer should know about a quote (an expired certificate, a cross-border
 * limit), as a code with its arguments for pages in any language, and the English message
 * for the API.
 */
public record Notice(String code, List<String> args, String message) {

	public Notice {
		args = List.copyOf(args);
	}
}
