package org.isoko.ordering;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The payments of an order from the {@link PaymentHistory} the payments module provides
 * (none without it).
 */
@Component
public class PaymentAttempts {

	private final List<PaymentHistory> histories;

	PaymentAttempts(List<PaymentHistory> histories) {
		this.histories = histories;
	}

	public List<PaymentStep.Attempt> of(OrderId order) {
		return histories.stream().flatMap(history -> history.attempts(order).stream()).toList();
	}

	Optional<PaymentStep.Attempt> byKey(OrderId order, String key) {
		return histories.stream().map(history -> history.byKey(order, key)).flatMap(Optional::stream).findFirst();
	}

}
