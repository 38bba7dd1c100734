package org.isoko.trade;

import org.isoko.shared.Money;
import org.isoko.trade.tariff.Percent;

/**
 * A fee on a line (the platform fee when one is configured), a percentage of the goods
 * value.
 */
public record Fee(String name, Percent rate, Money base, Money amount, String source) {
}
