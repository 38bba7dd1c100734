package org.isoko.payments;

/** The payment providers Isoko speaks to. */
public enum Provider {

	/**
	 * Mobile money in the MTN MoMo Open API style: request-to-pay collections, transfer
	 * disbursements.
	 */
	MOMO,
	/**
	 * A wallet/card provider for buyers in China: QR code or redirect, then a signed
	 * asynchronous notification.
	 */
	WALLET

}
