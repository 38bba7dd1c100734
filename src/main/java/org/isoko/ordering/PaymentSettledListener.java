package org.isoko.ordering;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a provider's confirmation into a PAID order. Runs after the payments module committed the capture, from the
 * event publication registry: a failure is retried on restart, and a redelivery finds the payment recorded in
 * {@link PaymentSettlements} and does nothing (two concurrent deliveries collide on its primary key).
 */
@Component
class PaymentSettledListener {

	private final OrderManagement orders;

	PaymentSettledListener(OrderManagement orders) {
		this.orders = orders;
	}

	@ApplicationModuleListener
	void on(PaymentSettled payment) {
		orders.settle(payment);
	}
}
