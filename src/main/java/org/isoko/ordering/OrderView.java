package org.isoko.ordering;

import java.util.List;

/** An order with its timeline and what the viewer may do with it now. */
public record OrderView(Order order, List<HistoryEntry> timeline, Relation relation) {

	/** How the viewer relates to the order (decides the actions shown). */
	enum Relation {

		BUYER, SELLER, HUB, ADMIN

	}

	/**
	 * What the seller receives (commission and FX spread taken) is for the seller and the
	 * hub, not for the buyer.
	 */
	public boolean showsSellerProceeds() {
		return relation != Relation.BUYER;
	}

	/** Whether the viewer is the order's seller (who reads its customs entries). */
	public boolean viewedBySeller() {
		return relation == Relation.SELLER;
	}

	public boolean buyerMayPay() {
		return relation == Relation.BUYER && order.status() == OrderStatus.PLACED;
	}

	public boolean buyerMayCancel() {
		return relation == Relation.BUYER
				&& (order.status() == OrderStatus.PLACED || order.status() == OrderStatus.PAID);
	}

	public boolean buyerMayConfirmDelivery() {
		return relation == Relation.BUYER && (order.status() == OrderStatus.SHIPPED
				|| order.status() == OrderStatus.CLEARED || order.status() == OrderStatus.DELIVERED);
	}

	public boolean sellerMayAccept() {
		return relation == Relation.SELLER && order.status() == OrderStatus.PAID;
	}

	public boolean sellerMayDecline() {
		return relation == Relation.SELLER
				&& (order.status() == OrderStatus.PLACED || order.status() == OrderStatus.PAID);
	}

	public boolean sellerMayShip() {
		return relation == Relation.SELLER && order.status() == OrderStatus.ACCEPTED;
	}

	/**
	 * Before release the seller may give part or all of the money back (payments module's
	 * refund page).
	 */
	public boolean sellerMayRefund() {
		return relation == Relation.SELLER && refundable();
	}

	/**
	 * The operators of the order's hubs (and admins) may refund it too, on their own
	 * order page (/operator/orders/{id}/refunds).
	 */
	public boolean hubMayRefund() {
		return (relation == Relation.HUB || relation == Relation.ADMIN) && refundable();
	}

	private boolean refundable() {
		return order.isPaid() && switch (order.status()) {
			case PAID, ACCEPTED, SHIPPED, IN_CUSTOMS, CLEARED, DELIVERED -> true;
			default -> false;
		};
	}

	public boolean sellerMayCancel() {
		return relation == Relation.SELLER && order.status() == OrderStatus.ACCEPTED;
	}
}
