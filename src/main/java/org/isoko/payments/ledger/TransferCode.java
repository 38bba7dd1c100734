package org.isoko.payments.ledger;

/** Why money moved (TigerBeetle's transfer {@code code}); reports group by it. */
public enum TransferCode {

	PAYMENT_CAPTURED, ESCROW_HOLD, ESCROW_RELEASE, SELLER_SHARE, PLATFORM_COMMISSION, SERVICE_FEE, DUTY_TAX, FREIGHT,
	FX_CONVERSION, FX_SPREAD, REFUND, HOLD_VOIDED, HOLD_EXPIRED, PAYOUT_HOLD, PAYOUT_SETTLED, PAYOUT_FAILED, CORRECTION

}
