package org.isoko.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.isoko.network.Conversion;
import org.isoko.shared.CurrencyCode;

/**
 * The FX rate a storefront price was converted with: one {@code from} is {@code rate}
 * {@code to}, as of {@code date}.
 */
public record StorefrontFx(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate date, String source,
		String rounding) {

	static StorefrontFx of(Conversion conversion) {
		return new StorefrontFx(conversion.amount().currency(), conversion.converted().currency(), conversion.rate(),
				conversion.rateDate(), conversion.source(), conversion.rounding());
	}
}
