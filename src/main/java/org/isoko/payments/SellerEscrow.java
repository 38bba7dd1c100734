package org.isoko.payments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.isoko.identity.CurrentUser;
import org.isoko.ordering.Order;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderManagement;
import org.isoko.ordering.SellerStatement.Proceeds;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * The seller's part of what escrow holds for their orders: per order, what the seller
 * will receive when delivery releases it ({@link OrderProceeds}, the release's own
 * computation), summed in the seller's currency. Freight, duty, taxes and fees the buyer
 * paid are held too, but never for the seller, so they are not shown as theirs.
 */
@Component
public class SellerEscrow {

	/** Enough for any seller's waiting orders; the sum says how many it covers. */
	static final int MAX_ORDERS = 500;

	private final LedgerReports reports;

	private final OrderManagement orders;

	private final OrderProceeds proceeds;

	SellerEscrow(LedgerReports reports, OrderManagement orders, OrderProceeds proceeds) {
		this.reports = reports;
		this.orders = orders;
		this.proceeds = proceeds;
	}

	/**
	 * What the seller will receive from escrow, in their currency, at today's rate.
	 *
	 * @param orders how many held orders it covers
	 */
	public record HeldForSeller(CurrencyCode currency, Money amount, int orders) {
	}

	public List<HeldForSeller> of(CurrentUser seller) {
		Map<CurrencyCode, Money> sums = new LinkedHashMap<>();
		Map<CurrencyCode, Integer> counts = new LinkedHashMap<>();
		for (LedgerReports.HeldOrder held : reports.heldOrders(seller.organisationId(), MAX_ORDERS)) {
			Order order;
			try {
				order = orders.view(seller, held.order()).order();
			}
			catch (IllegalArgumentException | NotFound e) {
				continue; // money held under a reference that is not one of the seller's
							// orders
			}
			proceeds.proceeds(order).map(Proceeds::receives).ifPresent(receives -> {
				sums.merge(receives.currency(), receives, Money::plus);
				counts.merge(receives.currency(), 1, Integer::sum);
			});
		}
		List<HeldForSeller> result = new ArrayList<>();
		sums.forEach((currency, sum) -> result.add(new HeldForSeller(currency, sum, counts.get(currency))));
		return result;
	}

}
