package org.isoko.payments;

import java.util.Optional;
import java.util.UUID;

import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;

/**
 * The port to a provider that pays money out to a mobile-money wallet (payouts, refunds).
 */
interface Disbursements {

	Provider provider();

	/**
	 * @throws ProviderUnavailable when the provider cannot be reached or answers with a
	 * server error
	 */
	void transfer(UUID referenceId, Money amount, Msisdn payee, String externalId, String callbackUrl);

	Optional<ProviderStatus> statusOfTransfer(UUID referenceId);

}
