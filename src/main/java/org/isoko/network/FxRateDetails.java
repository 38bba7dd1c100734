package org.isoko.network;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A rate a hub operator records: one {@code base} is worth {@code rate} {@code quote}
 * from {@code effectiveDate}. Always valid once constructed: positive, at most
 * {@value #MAX_RATE_TEXT}, at most {@value #MAX_DECIMALS} decimals, with a source.
 */
public record FxRateDetails(CurrencyCode base, CurrencyCode quote, BigDecimal rate, LocalDate effectiveDate,
		String source, @Nullable String sourceUrl) {

	public static final int MAX_DECIMALS = 12;
	static final String MAX_RATE_TEXT = "1000000000";

	public static final BigDecimal MAX_RATE = new BigDecimal(MAX_RATE_TEXT);

	public FxRateDetails {
		Checks.required(base, "base");
		Checks.required(quote, "quote");
		if (base.equals(quote)) {
			throw new InvalidInput("quote",
					"quote must differ from base (" + base + "); a currency is worth 1 of itself");
		}
		Checks.required(rate, "rate");
		if (rate.signum() <= 0) {
			throw new InvalidInput("rate", "rate must be greater than 0, got " + rate.toPlainString());
		}
		if (rate.compareTo(MAX_RATE) > 0) {
			throw new InvalidInput("rate", "rate must be at most 1,000,000,000, got " + rate.toPlainString());
		}
		if (rate.stripTrailingZeros().scale() > MAX_DECIMALS) {
			throw new InvalidInput("rate",
					"rate may have at most " + MAX_DECIMALS + " decimals, got " + rate.toPlainString());
		}
		Checks.required(effectiveDate, "effectiveDate");
		source = Checks.text(source, "source", 300);
		sourceUrl = Checks.url(sourceUrl, "sourceUrl");
	}
}
