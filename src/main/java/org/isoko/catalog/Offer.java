package org.isoko.catalog;

/** A lot as offered on one corridor: what an order takes its snapshot from. */
public record Offer(LotDetails lot, Listing listing) {

	public boolean isOrderable() {
		return listing.isListed() && !lot.isSoldOut();
	}
}
