package org.isoko.ordering.demo;

import java.time.Clock;
import java.util.UUID;

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

	@Override
	public Attempt start(Request request) {
		return new Attempt(UUID.randomUUID(), PROVIDER, request.amount(), AttemptStatus.SUCCESSFUL, null, true,
				NextAction.NONE, clock.instant());
	}

	@Override
	public Attempt send(Attempt started) {
		return started;
	}

}
