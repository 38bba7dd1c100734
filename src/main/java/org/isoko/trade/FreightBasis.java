package org.isoko.trade;

import java.math.BigDecimal;

import org.isoko.network.TransportMode;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.Percent;
import org.isoko.trade.tariff.Validity;

/**
 * How the quote's freight and insurance were worked out: {@code perKg} × {@code grossKg},
 * at least {@code minimum}, giving {@code consignmentFreight} (in the rate's currency)
 * shared among the lines by gross weight; insurance is {@code insurance} of goods +
 * freight.
 */
public record FreightBasis(TransportMode mode, BigDecimal perKg, Money minimum, BigDecimal grossKg,
		BigDecimal consignmentFreight, Percent insurance, String source, Validity validity) {
}
