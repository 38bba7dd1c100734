package org.isoko.catalog;

/**
 * The trade preference a certificate of origin is issued for. Only a lot carrying a valid
 * certificate for a scheme gets that scheme's preferential duty (the trade module decides
 * the rates).
 */
public enum PreferenceScheme {

	/** China's zero tariff for least-developed countries. */
	CHINA_LDC,
	/** The East African Community customs union (intra-EAC 0 % for originating goods). */
	EAC,
	/** The African Continental Free Trade Area; certificates are valid for 12 months. */
	AFCFTA

}
