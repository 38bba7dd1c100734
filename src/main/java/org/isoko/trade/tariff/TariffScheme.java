package org.isoko.trade.tariff;

import org.isoko.catalog.PreferenceScheme;
import org.jspecify.annotations.Nullable;

/**
 * The column of an importing country's tariff a rate belongs to. MFN is what anyone pays
 * (for EAC members it is the EAC Common External Tariff); the others are preferences that
 * need a certificate of origin for their scheme.
 */
public enum TariffScheme {

	MFN(null), CHINA_LDC(PreferenceScheme.CHINA_LDC), EAC(PreferenceScheme.EAC), AFCFTA(PreferenceScheme.AFCFTA);

	private final @Nullable PreferenceScheme preference;

	TariffScheme(@Nullable PreferenceScheme preference) {
		this.preference = preference;
	}

	/**
	 * The certificate scheme that proves the origin this preference needs; null for MFN.
	 */
	public @Nullable PreferenceScheme preference() {
		return preference;
	}

	public static TariffScheme of(PreferenceScheme preference) {
		for (TariffScheme scheme : values()) {
			if (scheme.preference == preference) {
				return scheme;
			}
		}
		throw new IllegalArgumentException("No tariff scheme for " + preference);
	}

}
