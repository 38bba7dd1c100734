package org.isoko.catalog;

import org.isoko.identity.CurrentUser;

/**
 * How many of a seller's orders wait for them, for the console's "needs attention": paid
 * orders to accept and accepted orders to ship. The ordering module implements it
 * (ordering depends on catalog, not the other way round); without it the console shows no
 * order counts.
 */
public interface SellerOrdersWaiting {

	Counts of(CurrentUser seller);

	/** Orders waiting for the seller's answer and orders waiting to be shipped. */
	record Counts(long toAccept, long toShip) {

		public long total() {
			return toAccept + toShip;
		}
	}

}
