package org.isoko.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.isoko.shared.CurrencyCode;

/**
 * The rate to use from one currency to another on a day: one unit of {@code from} is
 * worth {@code rate} units of {@code to}.
 *
 * @param effectiveDate the effective date of the stored rate used; for a cross rate, the
 * older of its two legs
 * @param source where the rate comes from; for a cross rate, both sources
 * @param path how the rate was found (direct, inverse, cross via USD)
 * @param legs the stored rates the rate was computed from (empty for the same currency)
 */
public record FxQuote(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate effectiveDate, String source,
		FxPath path, List<FxRate> legs) {

	public FxQuote {
		legs = List.copyOf(legs);
	}
}
