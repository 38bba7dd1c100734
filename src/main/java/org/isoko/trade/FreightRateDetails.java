package org.isoko.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.isoko.network.TransportMode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.trade.tariff.FreightRate;
import org.jspecify.annotations.Nullable;

/**
 * A freight and insurance rate as an operator gives it: per kg and minimum in major units
 * of {@code currency}, insurance in percent of goods + freight. {@link #toRate} checks
 * the fields; the corridor itself is checked by {@link TradeAdministration} (it needs the
 * network).
 */
public record FreightRateDetails(@Nullable String origin, @Nullable String destination, @Nullable String mode,
		@Nullable String currency, @Nullable BigDecimal perKg, @Nullable BigDecimal minimum,
		@Nullable BigDecimal insurance, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable String source, @Nullable String sourceUrl) {

	/** Keeps per_kg within its column, NUMERIC(12,4). */
	static final BigDecimal MAX_PER_KG = BigDecimal.valueOf(1_000_000);

	FreightRate toRate(UUID id, @Nullable String ref) {
		HubCode from = Fields.parse("origin", origin, HubCode::of);
		HubCode to = Fields.parse("destination", destination, HubCode::of);
		if (from.equals(to)) {
			throw new InvalidInput("destination", "The destination must be another hub than the origin (" + from + ")");
		}
		TransportMode transport = Fields.parse("mode", mode, m -> Fields.enumValue(TransportMode.class, m));
		CurrencyCode money = Fields.parse("currency", currency, CurrencyCode::of);
		if (perKg == null) {
			throw new InvalidInput("perKg", "perKg is required");
		}
		if (perKg.signum() < 0 || perKg.compareTo(MAX_PER_KG) > 0 || perKg.stripTrailingZeros().scale() > 4) {
			throw new InvalidInput("perKg",
					"perKg must be from 0 to " + MAX_PER_KG + " with at most 4 decimals, got " + perKg.toPlainString());
		}
		return new FreightRate(id, ref == null ? "OP-" + id : ref, from, to, transport, money, perKg,
				Fields.money("minimum", minimum, money, true), Fields.rate("insurance", insurance),
				Fields.validity(validFrom, validTo), Fields.text("source", source, 1000), Fields.url(sourceUrl));
	}

	public static FreightRateDetails of(FreightRate rate) {
		return new FreightRateDetails(rate.origin().value(), rate.destination().value(), rate.mode().name(),
				rate.currency().value(), rate.perKg().stripTrailingZeros(), rate.minimum().toDecimal(),
				rate.insurance().value(), rate.validity().from(), rate.validity().to(), rate.source(),
				rate.sourceUrl());
	}
}
