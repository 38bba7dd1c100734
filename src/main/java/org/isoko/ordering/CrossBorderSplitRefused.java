package org.isoko.ordering;

import java.util.List;

import org.isoko.shared.Conflict;

/**
 * A one-click split refused: the cart has no order above China's cross-border retail
 * per-order limit to split ({@code NOT_OVER_LIMIT}), or one unit of a lot is worth more
 * than the limit on its own ({@code SINGLE_UNIT_OVER_LIMIT}): a unit cannot be split, so
 * the buyer buys it as an importer (general trade) instead. Nothing is placed. Answered
 * with 409; pages show {@code ordering.split.refused.<code>} with {@link #args()}.
 */
public class CrossBorderSplitRefused extends Conflict {

	public enum Reason {

		NOT_OVER_LIMIT, SINGLE_UNIT_OVER_LIMIT

	}

	private final Reason reason;

	private final List<String> args;

	CrossBorderSplitRefused(Reason reason, List<String> args, String message) {
		super(message);
		this.reason = reason;
		this.args = List.copyOf(args);
	}

	public Reason reason() {
		return reason;
	}

	public List<String> args() {
		return args;
	}

}
