package org.isoko.shared.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Numbers as pages show them, per locale ({@code ${@numbers.rate(fx.rate, #locale)}}): an
 * exchange rate with six significant digits (the rate used is exact and stated in the
 * API; a buyer reads {@code 1 RWF = 0.00497512 CNY} as {@code 0.00497512}, and
 * {@code 208.934567} as {@code 208.935}), and percentages with the locale's sign and
 * spacing ({@code 13%}, {@code 13 %}).
 */
@Component("numbers")
public class PageNumbers {

	private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_UP);

	public String rate(@Nullable BigDecimal rate, Locale locale) {
		if (rate == null) {
			return "—";
		}
		BigDecimal shown = rate.round(SIX_DIGITS).stripTrailingZeros();
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(Math.max(0, shown.scale()));
		return format.format(shown);
	}

	/** A rate given in percent ({@code 13} → {@code 13%}; {@code 0.5} → {@code 0.5%}). */
	public String percent(@Nullable BigDecimal percent, Locale locale) {
		return percent == null ? "—" : fraction(percent.movePointLeft(2), locale);
	}

	/** A fraction as a percentage ({@code 0.7} → {@code 70%}). */
	public String fraction(@Nullable BigDecimal fraction, Locale locale) {
		if (fraction == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(Math.max(0, fraction.stripTrailingZeros().scale() - 2));
		return format.format(fraction);
	}

}
