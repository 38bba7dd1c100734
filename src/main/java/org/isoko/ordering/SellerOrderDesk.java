package org.isoko.ordering;

import java.time.Instant;

import org.isoko.catalog.SellerOrdersWaiting;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A seller's order inbox for other channels than the web (USSD): the paid orders waiting
 * for the seller's answer, and the same accept and decline, with the same rules and
 * errors, as the seller's pages.
 */
@Service
public class SellerOrderDesk implements SellerOrdersWaiting {

	private final OrderManagement orders;

	SellerOrderDesk(OrderManagement orders) {
		this.orders = orders;
	}

	/** An order in the seller's inbox. */
	public record WaitingOrder(OrderId id, String number, OrderStatus status, String buyerName, Money total, int lines,
			Instant placedAt) {
	}

	/** The paid orders waiting for the seller to accept or decline them, oldest first. */
	public PageOf<WaitingOrder> waiting(CurrentUser seller, PageRequest page) {
		OrderFilter filter = new OrderFilter(null, null, null, OrderStatus.PAID, null, null, null, null);
		return orders.list(seller, OrderManagement.Scope.SELLER, filter, page)
			.map(o -> new WaitingOrder(o.id(), o.number(), o.status(), o.buyerName(), o.total(), o.lines(),
					o.placedAt()));
	}

	/** The console's counts: paid orders to accept, accepted orders to ship. */
	@Override
	public Counts of(CurrentUser seller) {
		return new Counts(count(seller, OrderStatus.PAID), count(seller, OrderStatus.ACCEPTED));
	}

	private long count(CurrentUser seller, OrderStatus status) {
		OrderFilter filter = new OrderFilter(null, null, null, status, null, null, null, null);
		return orders.list(seller, OrderManagement.Scope.SELLER, filter, new PageRequest(0, 1)).totalItems();
	}

	/**
	 * @throws org.isoko.shared.Conflict when the order is no longer waiting (already
	 * accepted, declined, cancelled)
	 */
	public OrderStatus accept(CurrentUser seller, OrderId id) {
		return orders.accept(seller, id).status();
	}

	public OrderStatus decline(CurrentUser seller, OrderId id, @Nullable String reason) {
		return orders.decline(seller, id, reason).status();
	}

}
