package org.isoko.ordering;

import org.isoko.shared.Money;

/**
 * Seam for the payments issue: how an order gets paid. Today the only step is the demo provider ("DEMO"), which
 * settles at once and moves no money. The payments module replaces it with real providers (mobile money, card) that
 * usually answer {@code settled = false} with a next action (e.g. "approve on your phone") and report the payment
 * later; escrow starts on {@link OrderPaid}.
 */
public interface PaymentStep {

	/** The provider name clients send, e.g. "DEMO". */
	String provider();

	/** Starts paying {@code amount} for an order; called once per Idempotency-Key. */
	Result start(OrderId order, Money amount, String idempotencyKey);

	/**
	 * @param settled true when the money is already in (the order becomes PAID at once)
	 * @param nextAction what the buyer must do next ("none" when settled)
	 */
	record Result(boolean settled, String nextAction) {
	}
}
