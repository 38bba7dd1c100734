package org.isoko.logistics.documents;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.isoko.shared.Money;

/**
 * How the documents write numbers: weights in kilograms with three decimals (grams
 * exact), amounts with {@link Money#format(Locale)}, dates in the reader's style. Public
 * so that pages and tests write the same figures the documents print.
 */
public final class Figures {

	private Figures() {
	}

	/** "2.350" in English, "2,350" in French: grams as kilograms, exactly. */
	public static String kilograms(long grams, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(3);
		format.setMaximumFractionDigits(3);
		return format.format(BigDecimal.valueOf(grams, 3));
	}

	/** "1234.500": for machines (CSV), no grouping, a point. */
	public static String plainKilograms(long grams) {
		return BigDecimal.valueOf(grams, 3).toPlainString();
	}

	public static String amount(Money money, Locale locale) {
		return money.format(locale);
	}

	public static String count(long count, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(count);
	}

	public static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

}
