package org.isoko.ordering;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the payments module's events mean for orders, through the contracts ordering
 * defines ({@link PaymentSettled}, {@link RefundedInFull}). They run after the payments
 * transaction committed, from the event publication registry: a failure is retried, and a
 * redelivery changes nothing (a settled payment is recorded in
 * {@link PaymentSettlements}; a refunded order is REFUNDED already).
 */
@Component
class PaymentListeners {

	private final OrderManagement orders;

	PaymentListeners(OrderManagement orders) {
		this.orders = orders;
	}

	/** A provider confirmed a payment: the order becomes PAID, or refuses it. */
	@ApplicationModuleListener
	void on(PaymentSettled payment) {
		orders.settle(payment);
	}

	/** Everything the buyer paid went back to them: the order becomes REFUNDED. */
	@ApplicationModuleListener
	void on(RefundedInFull refund) {
		orders.refundedInFull(refund.orderId(), refund.refundedAt());
	}

}
