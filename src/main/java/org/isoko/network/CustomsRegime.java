package org.isoko.network;

/**
 * The customs procedures goods on a corridor may be imported under. The trade module
 * decides duty and tax per regime; the network only says which regimes a corridor
 * supports.
 */
public enum CustomsRegime {

	/**
	 * Ordinary import: full declaration, MFN or preferential duty (e.g. China's zero
	 * tariff for LDCs).
	 */
	GENERAL_TRADE,
	/**
	 * China's cross-border e-commerce retail import (customs codes 9610 direct mail and
	 * 1210 bonded).
	 */
	CROSS_BORDER_ECOMMERCE_RETAIL,
	/**
	 * Within the East African Community customs union: 0 % duty when EAC rules of origin
	 * are met.
	 */
	EAC_CUSTOMS_UNION,
	/** Preferential trade under the African Continental Free Trade Area schedules. */
	AFCFTA

}
