package org.isoko.trade.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.isoko.network.CustomsRegime;
import org.isoko.shared.Money;
import org.isoko.trade.Notice;
import org.isoko.trade.tariff.TariffScheme;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A quote notice in the page's language ({@code ${@tradeNotices.text(n, #locale)}}). A
 * notice's arguments are what the calculator knew (a scheme's code, an amount as
 * {@code CNY 5000.00}, a tax factor as {@code 0.7000}); the page names a scheme or regime
 * with its message, writes amounts per locale and the retail tax factor as a percentage.
 * Notices are stored with orders, so this also reads the codes of old quotes.
 */
@Component("tradeNotices")
class NoticeTexts {

	/** Notices whose argument at this index is a fraction to show as a percentage. */
	private static final List<String> FACTOR_AT_1 = List.of("CBEC_WITHIN_LIMITS");

	private static final Pattern AMOUNT = Pattern.compile("([A-Z]{3}) (-?\\d+(?:\\.\\d+)?)");

	private final MessageSource messages;

	NoticeTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(Notice notice, Locale locale) {
		Object[] args = new Object[notice.args().size()];
		for (int i = 0; i < args.length; i++) {
			String arg = notice.args().get(i);
			args[i] = (i == 1 && FACTOR_AT_1.contains(notice.code())) ? percent(arg, locale) : argument(arg, locale);
		}
		return messages.getMessage("trade.notice." + notice.code(), args, notice.message(), locale);
	}

	public String argument(String arg, Locale locale) {
		if (isConstant(TariffScheme.values(), arg)) {
			return messages.getMessage("trade.scheme." + arg, null, arg, locale);
		}
		if (isConstant(CustomsRegime.values(), arg)) {
			return messages.getMessage("trade.regime." + arg, null, arg, locale);
		}
		Matcher amount = AMOUNT.matcher(arg);
		if (amount.matches()) {
			try {
				return Money.of(amount.group(2), amount.group(1)).format(locale);
			}
			catch (IllegalArgumentException notACurrency) {
				return arg;
			}
		}
		return arg;
	}

	/** {@code 0.7000} → {@code 70 %} (or {@code 70%}, as the locale writes it). */
	static String percent(String fraction, Locale locale) {
		try {
			NumberFormat format = NumberFormat.getPercentInstance(locale);
			format.setMaximumFractionDigits(2);
			return format.format(new BigDecimal(fraction));
		}
		catch (NumberFormatException notANumber) {
			return fraction;
		}
	}

	private static boolean isConstant(Enum<?>[] values, String arg) {
		return Arrays.stream(values).anyMatch(value -> value.name().equals(arg));
	}

}
