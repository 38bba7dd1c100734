package org.isoko.catalog;

import org.isoko.identity.CurrentUser;
import org.isoko.network.CorridorId;

/**
 * The landed price of a lot for a buyer, asked by the lot and drop pages. The trade
 * module implements it (it knows tariffs, taxes and freight); the catalog depends on
 * nothing of trade, as with {@link ListingRule}.
 */
public interface LandedPrices {

	/**
	 * Quotes {@code quantity} units of {@code lot} on {@code corridor} for {@code buyer}
	 * (their organisation's default regime) today, as the order would be priced. Never
	 * throws for a lot that cannot be quoted: that is a {@link LandedPrice.Unavailable}.
	 * @param personal whether the quote looks up the buyer's own cross-border retail
	 * purchases this year, as checkout does (the lot page); a drop order prices without
	 * them and counts the annual limit when it is written (the drop page)
	 */
	LandedPrice of(LotId lot, CorridorId corridor, int quantity, CurrentUser buyer, boolean personal);

}
