package org.isoko.trade.tariff;

import java.math.BigDecimal;
import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * China's cross-border e-commerce retail import rule in force during {@code validity}:
 * within the per-order and per-buyer annual limits the tariff is
 * {@code tariffWithinLimits} (0 %) and VAT and consumption tax are charged at
 * {@code taxFactor} (0.70) of the normal amount.
 */
public record CbecRule(UUID id, String ref, CountryCode importer, Money perOrderLimit, Money annualLimit,
		BigDecimal taxFactor, Percent tariffWithinLimits, Validity validity, String legalBasis, String source,
		@Nullable String sourceUrl) implements Sourced {

	public CbecRule {
		Texts.require(ref, "ref", 80);
		if (!perOrderLimit.isPositive() || !annualLimit.isPositive()) {
			throw new InvalidInput("perOrderLimit", "The limits must be positive");
		}
		if (!perOrderLimit.currency().equals(annualLimit.currency())) {
			throw new InvalidInput("annualLimit", "Both limits must be in the same currency");
		}
		if (perOrderLimit.compareTo(annualLimit) > 0) {
			throw new InvalidInput("perOrderLimit", "The per-order limit cannot exceed the annual limit");
		}
		if (taxFactor.signum() < 0 || taxFactor.compareTo(BigDecimal.ONE) > 0) {
			throw new InvalidInput("taxFactor",
					"The tax factor must be between 0 and 1, got " + taxFactor.toPlainString());
		}
		Texts.require(legalBasis, "legalBasis", 500);
		Texts.require(source, "source", 1000);
	}
}
