package org.isoko.payments;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records every provider callback received and what became of it (the callback controller
 * in {@code payments.web} writes through this, so the store stays package-private).
 */
@Component
public class CallbackLog {

	private final CallbackStore callbacks;

	private final Clock clock;

	CallbackLog(CallbackStore callbacks, Clock clock) {
		this.callbacks = callbacks;
		this.clock = clock;
	}

	/** Records one callback received now, with its outcome. */
	public void record(Provider provider, String reference, String outcome, @Nullable String detail) {
		callbacks.insert(provider, reference, clock.instant(), outcome, detail);
	}

}
