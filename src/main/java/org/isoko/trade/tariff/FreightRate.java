package org.isoko.trade.tariff;

import java.math.BigDecimal;
import java.util.UUID;

import org.isoko.network.TransportMode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The freight model of a corridor and transport mode: {@code perKg} (in {@code currency})
 * times the consignment's gross weight, at least {@code minimum}, shared among the lines
 * by gross weight; insurance is {@code insurance} of goods + freight.
 */
public record FreightRate(UUID id, String ref, HubCode origin, HubCode destination, TransportMode mode,
		CurrencyCode currency, BigDecimal perKg, Money minimum, Percent insurance, Validity validity, String source,
		@Nullable String sourceUrl) implements Sourced {

	public FreightRate {
		Texts.require(ref, "ref", 80);
		if (perKg.signum() < 0 || perKg.stripTrailingZeros().scale() > 4) {
			throw new InvalidInput("perKg",
					"perKg must be zero or more with at most 4 decimals, got " + perKg.toPlainString());
		}
		if (minimum.isNegative() || !minimum.currency().equals(currency)) {
			throw new InvalidInput("minimum", "The minimum must be zero or more, in " + currency);
		}
		Texts.require(source, "source", 1000);
	}

	public boolean sameRateAs(FreightRate other) {
		return origin.equals(other.origin) && destination.equals(other.destination) && mode == other.mode;
	}
}
