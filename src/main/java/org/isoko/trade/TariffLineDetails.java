package org.isoko.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.InvalidInput;
import org.isoko.trade.tariff.Percent;
import org.isoko.trade.tariff.TariffLine;
import org.isoko.trade.tariff.TariffScheme;
import org.isoko.trade.tariff.Validity;
import org.jspecify.annotations.Nullable;

/**
 * A tariff line as an operator gives it (API body or form); {@link #toLine} checks each
 * field and names it.
 */
public record TariffLineDetails(@Nullable String importer, @Nullable String hsCode, @Nullable String scheme,
		@Nullable BigDecimal rate, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable String legalBasis, @Nullable String source, @Nullable String sourceUrl) {

	TariffLine toLine(UUID id, @Nullable String ref) {
		CountryCode country = Fields.parse("importer", importer, CountryCode::of);
		HsCode code = Fields.parse("hsCode", hsCode, HsCode::of);
		TariffScheme tariffScheme = Fields.parse("scheme", scheme, s -> Fields.enumValue(TariffScheme.class, s));
		Percent percent = Fields.rate("rate", rate);
		Validity validity = Fields.validity(validFrom, validTo);
		return new TariffLine(id, ref == null ? "OP-" + id : ref, country, code, tariffScheme, percent, validity,
				Fields.text("legalBasis", legalBasis, 500), Fields.text("source", source, 1000), Fields.url(sourceUrl));
	}

	public static TariffLineDetails of(TariffLine line) {
		return new TariffLineDetails(line.importer().value(), line.hsCode().formatted(), line.scheme().name(),
				line.rate().value(), line.validity().from(), line.validity().to(), line.legalBasis(), line.source(),
				line.sourceUrl());
	}
}
