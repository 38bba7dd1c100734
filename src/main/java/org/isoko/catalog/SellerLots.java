package org.isoko.catalog;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.springframework.stereotype.Service;

/**
 * A seller's own lots for other channels than the web (USSD): the list, restocking and a
 * new price, with the same rules and errors as the seller's pages.
 */
@Service
public class SellerLots {

	private final CatalogManagement catalog;

	SellerLots(CatalogManagement catalog) {
		this.catalog = catalog;
	}

	public PageOf<LotDetails> lots(CurrentUser seller, PageRequest page) {
		return catalog.lots(seller, page);
	}

	public LotDetails lot(CurrentUser seller, LotId lot) {
		return catalog.ownLot(seller, lot);
	}

	public void restock(CurrentUser seller, LotId lot, int quantity) {
		catalog.restock(seller, lot, quantity);
	}

	public void changePrice(CurrentUser seller, LotId lot, Money price) {
		catalog.changePrice(seller, lot, price);
	}

}
