package org.isoko.trade;

import org.isoko.catalog.LotId;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.Percent;
import org.jspecify.annotations.Nullable;

/**
 * A document or a choice that would lower what the buyer pays: a valid certificate of
 * origin for {@code scheme} would bring the duty on {@code lot} from {@code currentRate}
 * to {@code preferentialRate}, saving {@code saving} (duty and the tax charged on it);
 * or, when {@code regime} is set, switching the order to that regime (which the corridor
 * allows) would — then {@code scheme} is the preference the line would earn there, if
 * any.
 */
public record OriginAdvice(LotId lot, @Nullable PreferenceScheme scheme, String document, Percent currentRate,
		Percent preferentialRate, Money saving, @Nullable CustomsRegime regime, String message) {
}
