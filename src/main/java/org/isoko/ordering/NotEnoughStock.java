package org.isoko.ordering;

import org.isoko.catalog.LotId;
import org.isoko.shared.Conflict;

/**
 * Fewer units are left than a line asks for; names the lot and what is left, so the buyer
 * can take that instead.
 */
public class NotEnoughStock extends Conflict {

	private final LotId lot;

	private final int available;

	public NotEnoughStock(LotId lot, String label, int requested, int available) {
		super(available == 0 ? "Sold out: lot " + label + " has no units left" : "Not enough stock: only " + available
				+ " unit(s) of lot " + label + " left; " + requested + " requested");
		this.lot = lot;
		this.available = available;
	}

	LotId lot() {
		return lot;
	}

	int available() {
		return available;
	}

}
