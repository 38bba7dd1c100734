package org.isoko.ordering.demo;

import java.time.Clock;

import org.isoko.ordering.PaymentStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo payment — no money moves: the order is PAID at once and nothing reaches the
 * ledger. Used to seed the demo orders in their later states, and by tests of the order
 * life cycle; buyers are offered it only when {@code isoko.ordering.demo-payment.enabled}
 * is true (never in production). Real payments go through the payments module's
 * providers.
 */
@Component
public class DemoPaymentStep implements PaymentStep {

	static final String PROVIDER = "DEMO";

	private final boolean offered;

	private final Clock clock;

	DemoPaymentStep(@Value("${isoko.ordering.demo-payment.enabled:false}") boolean offered, Clock clock) {
		this.offered = offered;
		this.clock = clock;
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public boolean offered() {
		return offered;
	}

	/**
	 * The attempt is named by its order: a demo payment keeps no record of its own, so a
	 * replay of the request (which reads the order) must answer the same id as the first
	 * answer did.
	 */
	@Override
	public Attempt start(Request request) {
		return new Attempt(request.order().value(), PROVIDER, request.amount(), AttemptStatus.SUCCESSFUL, null, true,
				NextAction.NONE, clock.instant());
	}

	@Override
	public Attempt send(Attempt started) {
		return started;
	}

}
