package org.isoko.ordering;

import java.util.List;
import java.util.Optional;

/**
 * The payments of an order as the buyer follows them (provided by the payments module).
 */
public interface PaymentHistory {

	/** Oldest first. */
	List<PaymentStep.Attempt> attempts(OrderId order);

	/** The payment started by a pay request with this Idempotency-Key, if any. */
	Optional<PaymentStep.Attempt> byKey(OrderId order, String idempotencyKey);

}
