package org.isoko.trade;

import org.isoko.shared.Money;
import org.isoko.trade.tariff.Percent;
import org.isoko.trade.tariff.Validity;
import org.jspecify.annotations.Nullable;

/**
 * The duty on one line: the rate, the scheme it comes from ("MFN", "CHINA_LDC", "EAC",
 * "AFCFTA" or "CBEC_RETAIL"), its legal basis and source, the validity of the rate used,
 * the base (customs value) and the amount; and the certificate of origin that earned a
 * preference.
 */
public record Duty(String scheme, Percent rate, String legalBasis, String source, @Nullable String sourceUrl,
		Validity validity, Money base, Money amount, @Nullable String certificate) {
}
