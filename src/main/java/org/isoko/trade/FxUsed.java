package org.isoko.trade;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.isoko.shared.CurrencyCode;

/**
 * An exchange rate a quote used: one {@code from} is worth {@code rate} {@code to},
 * effective {@code date}, from {@code source}.
 */
public record FxUsed(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate date, String source) {

	public static FxUsed identity(CurrencyCode currency, LocalDate day) {
		return new FxUsed(currency, currency, BigDecimal.ONE, day, "same currency");
	}
}
