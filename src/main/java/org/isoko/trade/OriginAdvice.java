package org.isoko.trade;

import org.isoko.catalog.LotId;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.Percent;

/**
 * A document that would lower what the buyer pays: a valid certificate of origin for
 * {@code scheme} would bring the duty on {@code lot} from {@code currentRate} to
 * {@code preferentialRate}, saving {@code saving} (duty and the tax charged on it).
 */
public record OriginAdvice(LotId lot, PreferenceScheme scheme, String document, Percent currentRate,
		Percent preferentialRate, Money saving, String message) {
}
