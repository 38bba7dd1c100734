package org.isoko.network;

/** How a rate between two currencies was found. */
public enum FxPath {

	/** Same currency: rate 1, nothing stored is needed. */
	SAME_CURRENCY,
	/** A stored rate for exactly this pair. */
	DIRECT,
	/**
	 * Only the opposite pair is stored; the rate is 1 / stored rate
	 * (MathContext.DECIMAL64).
	 */
	INVERSE,
	/**
	 * No rate between the two; the rate is (from → USD) × (USD → to), each leg direct or
	 * inverse.
	 */
	CROSS_VIA_USD

}
