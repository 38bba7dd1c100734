package org.isoko.catalog;

import org.isoko.shared.Money;

/** A seller changed a lot's unit price (in the seller's currency). */
public record LotRepriced(LotId lot, Money unitPrice) {
}
