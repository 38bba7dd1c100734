package org.isoko.trade.tariff;

/** Taxes, fees and levies charged at import besides duty. */
public enum TaxKind {

	/** Import value-added tax, on customs value + duty (+ consumption tax). */
	VAT,
	/**
	 * Consumption (excise) tax, ad valorem on the compound base (customs value + duty) /
	 * (1 − rate).
	 */
	CONSUMPTION_TAX,
	/**
	 * Kenya's Import Declaration Fee (Miscellaneous Fees and Levies Act 2016, s. 7): a
	 * percentage of the customs value, on goods that do not originate in the importer's
	 * customs union (the EAC).
	 */
	IMPORT_DECLARATION_FEE,
	/**
	 * Kenya's Railway Development Levy (Miscellaneous Fees and Levies Act 2016, s. 8): a
	 * percentage of the customs value, on goods that do not originate in the importer's
	 * customs union (the EAC).
	 */
	RAILWAY_DEVELOPMENT_LEVY;

	/**
	 * A fee or levy on the customs value alone, outside the VAT base, that goods
	 * originating in the importer's customs union do not pay.
	 */
	public boolean isImportFee() {
		return this == IMPORT_DECLARATION_FEE || this == RAILWAY_DEVELOPMENT_LEVY;
	}

}
