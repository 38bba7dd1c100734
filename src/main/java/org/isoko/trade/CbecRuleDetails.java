package org.isoko.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.CbecRule;
import org.jspecify.annotations.Nullable;

/**
 * A cross-border retail rule as an operator gives it: the limits in major units of the
 * importing country's currency (5000 for RMB 5,000; {@code currency} may be left out, and
 * must be that currency when given), the tax factor as a fraction (0.7), the tariff
 * within the limits in percent. {@link #toRule} checks each field and names it.
 */
public record CbecRuleDetails(@Nullable String importer, @Nullable String currency, @Nullable BigDecimal perOrderLimit,
		@Nullable BigDecimal annualLimit, @Nullable BigDecimal taxFactor, @Nullable BigDecimal tariffWithinLimits,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String legalBasis,
		@Nullable String source, @Nullable String sourceUrl) {

	/**
	 * @param currencyOf the currency of an importing country (the quota and the quotes
	 * are counted in it)
	 */
	CbecRule toRule(UUID id, @Nullable String ref, Function<CountryCode, CurrencyCode> currencyOf) {
		CountryCode country = Fields.parse("importer", importer, CountryCode::of);
		CurrencyCode national = currencyOf.apply(country);
		if (currency != null && !currency.isBlank()) {
			CurrencyCode given = Fields.parse("currency", currency, CurrencyCode::of);
			if (!given.equals(national)) {
				throw new InvalidInput("currency",
						"The limits of " + country + " are counted in " + national + ", its currency; got " + given);
			}
		}
		Money perOrder = Fields.money("perOrderLimit", perOrderLimit, national, false);
		Money annual = Fields.money("annualLimit", annualLimit, national, false);
		if (perOrder.compareTo(annual) > 0) {
			throw new InvalidInput("perOrderLimit",
					"The per-order limit (" + perOrder + ") cannot exceed the annual limit (" + annual + ")");
		}
		return new CbecRule(id, ref == null ? "OP-" + id : ref, country, perOrder, annual,
				Fields.factor("taxFactor", taxFactor), Fields.rate("tariffWithinLimits", tariffWithinLimits),
				Fields.validity(validFrom, validTo), Fields.text("legalBasis", legalBasis, 500),
				Fields.text("source", source, 1000), Fields.url(sourceUrl));
	}

	public static CbecRuleDetails of(CbecRule rule) {
		return new CbecRuleDetails(rule.importer().value(), rule.perOrderLimit().currency().value(),
				rule.perOrderLimit().toDecimal(), rule.annualLimit().toDecimal(), rule.taxFactor().stripTrailingZeros(),
				rule.tariffWithinLimits().value(), rule.validity().from(), rule.validity().to(), rule.legalBasis(),
				rule.source(), rule.sourceUrl());
	}

	/**
	 * The same rule as a new version starting on {@code from} (the form an operator fills
	 * in to change a limit).
	 */
	public static CbecRuleDetails nextVersionOf(CbecRule rule, LocalDate from) {
		CbecRuleDetails current = of(rule);
		return new CbecRuleDetails(current.importer, current.currency, current.perOrderLimit, current.annualLimit,
				current.taxFactor, current.tariffWithinLimits, from, null, current.legalBasis, "", null);
	}
}
