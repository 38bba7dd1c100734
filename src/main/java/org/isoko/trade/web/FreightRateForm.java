package org.isoko.trade.web;

import static org.isoko.trade.web.TradeForms.orEmpty;

import org.isoko.trade.Fields;
import org.isoko.trade.FreightRateDetails;
import org.isoko.trade.tariff.FreightRate;
import org.jspecify.annotations.Nullable;

/** The freight-rate form as posted, every field as typed. */
record FreightRateForm(@Nullable String origin, @Nullable String destination, @Nullable String mode,
		@Nullable String currency, @Nullable String perKg, @Nullable String minimum, @Nullable String insurance,
		@Nullable String validFrom, @Nullable String validTo, @Nullable String source, @Nullable String sourceUrl) {

	FreightRateDetails details() {
		return new FreightRateDetails(origin, destination, mode, currency, Fields.decimal("perKg", perKg),
				Fields.decimal("minimum", minimum), Fields.decimal("insurance", insurance),
				Fields.date("validFrom", validFrom), Fields.date("validTo", validTo), source, sourceUrl);
	}

	static FreightRateForm of(FreightRate rate) {
		FreightRateDetails d = FreightRateDetails.of(rate);
		return new FreightRateForm(d.origin(), d.destination(), d.mode(), d.currency(), orEmpty(d.perKg()),
				orEmpty(d.minimum()), orEmpty(d.insurance()), orEmpty(d.validFrom()), orEmpty(d.validTo()), d.source(),
				orEmpty(d.sourceUrl()));
	}

	static FreightRateForm blank(String hub, String today) {
		return new FreightRateForm(hub, "", "AIR", "USD", "", "0", "0", today, "", "", "");
	}
}
