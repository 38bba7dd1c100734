package org.isoko.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.trade.tariff.TaxKind;
import org.isoko.trade.tariff.TaxRule;
import org.jspecify.annotations.Nullable;

/** A tax rule as an operator gives it; {@link #toRule} checks each field and names it. */
public record TaxRuleDetails(@Nullable String importer, @Nullable String hsPrefix, @Nullable String tax,
		@Nullable BigDecimal rate, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable String legalBasis, @Nullable String source, @Nullable String sourceUrl) {

	TaxRule toRule(UUID id, @Nullable String ref) {
		CountryCode country = Fields.parse("importer", importer, CountryCode::of);
		TaxKind kind = Fields.parse("tax", tax, s -> Fields.enumValue(TaxKind.class, s));
		return new TaxRule(id, ref == null ? "OP-" + id : ref, country, hsPrefix == null ? "" : hsPrefix.trim(), kind,
				Fields.rate("rate", rate), Fields.validity(validFrom, validTo),
				Fields.text("legalBasis", legalBasis, 500), Fields.text("source", source, 1000), Fields.url(sourceUrl));
	}

	public static TaxRuleDetails of(TaxRule rule) {
		return new TaxRuleDetails(rule.importer().value(), rule.hsPrefix(), rule.kind().name(), rule.rate().value(),
				rule.validity().from(), rule.validity().to(), rule.legalBasis(), rule.source(), rule.sourceUrl());
	}
}
