package org.isoko.trade;

import java.math.BigDecimal;

import org.isoko.shared.Money;
import org.isoko.trade.tariff.Percent;
import org.isoko.trade.tariff.TaxKind;
import org.isoko.trade.tariff.Validity;

/**
 * One import tax on one line: the statutory rate, the factor applied to it (0.70 for
 * China's cross-border retail import, else 1), the effective rate as a fraction, the base
 * and the amount.
 */
public record Tax(TaxKind kind, Percent statutoryRate, BigDecimal factor, BigDecimal effectiveRate, Money base,
		Money amount, String legalBasis, String source, Validity validity) {
}
