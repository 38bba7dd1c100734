package org.isoko.trade.tariff;

/** Taxes charged at import besides duty. */
public enum TaxKind {

	/** Import value-added tax, on customs value + duty (+ consumption tax). */
	VAT,
	/**
	 * Consumption (excise) tax, ad valorem on the compound base (customs value + duty) /
	 * (1 − rate).
	 */
	CONSUMPTION_TAX

}
