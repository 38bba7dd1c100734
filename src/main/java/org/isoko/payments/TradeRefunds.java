package org.isoko.payments;

import java.util.Optional;
import java.util.UUID;

import org.isoko.shared.Money;

/**
 * The port to a provider that gives (part of) an earlier payment back the way it came,
 * keyed by the payment's trade and a refund request number of ours: sending the same
 * request number again refunds nothing more.
 */
interface TradeRefunds {

	Provider provider();

	/**
	 * Asks the provider to refund {@code amount} of the trade {@code tradeReference} (our
	 * payment's reference id).
	 * @return SUCCESSFUL when the money is back with the buyer, FAILED with the
	 * provider's reason when it refused, PENDING when it has not decided yet
	 * @throws ProviderUnavailable when the provider cannot be reached or asks to retry
	 * later
	 */
	ProviderStatus refund(UUID tradeReference, Money amount, String requestNo, String reason);

	/**
	 * The provider's view of one refund request; empty when it never received it (so it
	 * can be sent again).
	 */
	Optional<ProviderStatus> refundStatus(UUID tradeReference, String requestNo);

}
