package org.isoko.payments;

/** Where a payment or payout stands with its provider. */
public enum PaymentStatus {

	/**
	 * Stored, not yet acknowledged by the provider (a crash here is recovered by the
	 * recovery job).
	 */
	CREATED,
	/** The provider accepted the request; waiting for the payer (or for the transfer). */
	PENDING, SUCCESSFUL, FAILED;

	public boolean isFinal() {
		return this == SUCCESSFUL || this == FAILED;
	}

}
