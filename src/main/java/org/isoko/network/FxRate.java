package org.isoko.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.isoko.shared.CurrencyCode;
import org.jspecify.annotations.Nullable;

/**
 * A stored exchange rate: one unit of {@code base} is worth {@code rate} units of
 * {@code quote}, from {@code effectiveDate} until a later rate of the same pair takes
 * over.
 */
public record FxRate(UUID id, CurrencyCode base, CurrencyCode quote, BigDecimal rate, LocalDate effectiveDate,
		String source, @Nullable String sourceUrl, Changed changed) {
}
