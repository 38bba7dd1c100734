package org.isoko.network;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.isoko.shared.Money;

/**
 * An amount converted into another currency, with everything needed to show and audit it:
 * the rate, its date and source, how it was found, and the rounding rule (half-up, once,
 * to the target currency's minor unit).
 */
public record Conversion(Money amount, Money converted, BigDecimal rate, LocalDate rateDate, String source, FxPath path,
		String rounding) {
}
