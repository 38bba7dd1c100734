package org.isoko.payments;

import java.util.Optional;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;

/**
 * The port to a provider that collects money from buyers; one adapter per provider, each
 * speaking its HTTP API.
 */
interface Collections {

	Provider provider();

	/**
	 * Asks the provider to collect {@code amount}. The reference id was stored before
	 * this call and is sent as the provider's idempotency key, so sending it again after
	 * a crash cannot charge twice.
	 * @throws ProviderUnavailable when the provider cannot be reached or answers with a
	 * server error
	 */
	NextStep request(UUID referenceId, Money amount, @Nullable Msisdn payer, OrderId order, String callbackUrl);

	/** The provider's view of a request; empty when it never received it. */
	Optional<ProviderStatus> status(UUID referenceId);

}
