package org.isoko.trade.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.isoko.shared.CurrencyCode;

/**
 * An exchange rate the calculation uses: one {@code from} is worth {@code rate}
 * {@code to}, effective {@code date}, from {@code source}.
 */
public record ExchangeRate(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate date, String source) {

	public static ExchangeRate identity(CurrencyCode currency, LocalDate day) {
		return new ExchangeRate(currency, currency, BigDecimal.ONE, day, "same currency");
	}

}
