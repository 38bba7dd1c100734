package org.isoko.payments.ledger;

/**
 * What an account is for (TigerBeetle's account {@code code}, "the why"). The flag
 * mirrors TigerBeetle's {@code debits_must_not_exceed_credits}: such an account can never
 * hand out more than it received, which is how "escrow never goes negative" and "a payout
 * never exceeds the released balance" are enforced atomically.
 */
public enum AccountKind {

	/**
	 * What a payment provider holds for the platform (an asset: debits are money in). One
	 * per provider and currency.
	 */
	PROVIDER_CLEARING(false),
	/**
	 * A buyer's money for one order, held until delivery is confirmed or the order is
	 * refunded.
	 */
	ORDER_ESCROW(true),
	/**
	 * Control account of one order's release: the hold lands here and is split at once
	 * into payables (ends at zero).
	 */
	SETTLEMENT_CONTROL(true),
	/** What the platform owes a seller organisation, in the seller's currency. */
	SELLER_PAYABLE(true),
	/** A payout sent to a provider and not yet confirmed. */
	PAYOUT_IN_TRANSIT(true),
	/** What the platform owes a buyer after a refund, until the provider pays it back. */
	BUYER_REFUND_PAYABLE(true),
	/** The platform's commission and service fees. */
	PLATFORM_FEE_REVENUE(true),
	/**
	 * The spread earned on currency conversions, kept apart from the rate so both stay
	 * visible.
	 */
	FX_SPREAD_REVENUE(true),
	/**
	 * Duties and taxes collected for a customs authority (owner
	 * {@code customs:<country>}).
	 */
	DUTY_TAX_PAYABLE(true),
	/** Freight and insurance collected for a carrier (owner {@code carrier:<name>}). */
	FREIGHT_PAYABLE(true),
	/**
	 * The platform's liquidity in one currency: conversions go out of one position and
	 * into another.
	 */
	FX_POSITION(false);

	private final boolean debitsMustNotExceedCredits;

	AccountKind(boolean debitsMustNotExceedCredits) {
		this.debitsMustNotExceedCredits = debitsMustNotExceedCredits;
	}

	public boolean debitsMustNotExceedCredits() {
		return debitsMustNotExceedCredits;
	}

}
