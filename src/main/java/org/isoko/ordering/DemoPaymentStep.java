package org.isoko.ordering;

import org.isoko.shared.Money;
import org.springframework.stereotype.Component;

/** Demo payment — no money moves. Marks the order paid at once; replaced by the payments module. */
@Component
class DemoPaymentStep implements PaymentStep {

	static final String PROVIDER = "DEMO";

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public Result start(OrderId order, Money amount, String idempotencyKey) {
		return new Result(true, "none");
	}
}
