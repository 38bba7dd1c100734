package org.isoko.payments;

import java.util.List;

import org.isoko.ordering.OrderId;

/**
 * What other modules may ask about the money given back to an order's buyer (order pages,
 * dashboards).
 */
public interface OrderRefunds {

	/**
	 * The order's refunds to its buyer, oldest first, with their status at the provider.
	 */
	List<BuyerRefundView> refunds(OrderId order);

}
