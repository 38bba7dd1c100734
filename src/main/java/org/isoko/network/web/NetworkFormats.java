package org.isoko.network.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Locale-aware display of rates, dates and money on the network's pages
 * ({@code ${@networkFormats.rate(r.rate, #locale)}}). Rates keep every significant
 * decimal (up to 12): rounding a rate for display would show a different rate than the
 * one used.
 */
@Component("networkFormats")
public class NetworkFormats {

	public String rate(BigDecimal rate, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(12);
		return format.format(rate);
	}

	public String date(@Nullable LocalDate date, Locale locale) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	public String money(Money money, Locale locale) {
		return money.format(locale);
	}

}
