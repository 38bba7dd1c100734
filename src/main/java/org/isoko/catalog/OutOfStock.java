package org.isoko.catalog;

import org.isoko.shared.Conflict;

/**
 * A reservation asked for more than is left. Says how much is left, so a buyer can take
 * that instead.
 */
public class OutOfStock extends Conflict {

	private final LotId lot;

	private final int requested;

	private final int available;

	public OutOfStock(LotId lot, int requested, int available) {
		super(available == 0 ? "Sold out: lot " + lot + " has no units left"
				: "Only " + available + " unit(s) of lot " + lot + " left; " + requested + " requested");
		this.lot = lot;
		this.requested = requested;
		this.available = available;
	}

	public LotId lot() {
		return lot;
	}

	public int requested() {
		return requested;
	}

	public int available() {
		return available;
	}

	public boolean isSoldOut() {
		return available == 0;
	}

}
