package org.isoko.drops;

import org.isoko.ordering.Order;

/** What the reservation hot path did with one {@link DropClaim}. */
sealed interface DropOutcome {

	/** The order is written and its units taken from the drop (committed). */
	record Placed(Order order) implements DropOutcome {
	}

	/**
	 * The Idempotency-Key was claimed before (or by a concurrent request): answer with
	 * that earlier order.
	 */
	record KeyTaken() implements DropOutcome {
	}

	/** The buyer organisation already holds {@code held} of its {@code cap} units. */
	record OverCap(int held, int cap) implements DropOutcome {
	}

	/**
	 * The order would take the buyer past China's cross-border retail annual limit;
	 * nothing was counted.
	 */
	record OverQuota() implements DropOutcome {
	}

	/** Not enough units left ({@code left} of them, possibly zero). */
	record SoldOut(int left) implements DropOutcome {
	}

	/**
	 * The drop has not started or has ended by the time the request reached the database.
	 */
	record NotLive(DropPhase phase) implements DropOutcome {
	}

	/**
	 * The database refused the work (an unexpected error); nothing was written for this
	 * request.
	 */
	record Failed(RuntimeException cause) implements DropOutcome {
	}

}
