package org.isoko.channels.sms;

import java.text.NumberFormat;
import java.util.Locale;

import org.isoko.shared.Money;

/**
 * An amount as an SMS writes it: digits grouped and with the decimal mark of the reader's
 * language, the currency's own number of decimals, then the currency code ("85,000 RWF",
 * "85 000 RWF", "85.000 RWF", "12.50 CNY"). The currency code rather than a symbol, and
 * plain spaces where French groups with a narrow no-break space: both keep the message in
 * GSM-7, where a single character outside it would halve the characters per part.
 */
final class SmsMoney {

	private SmsMoney() {
	}

	static String format(Money money, Locale locale) {
		NumberFormat digits = NumberFormat.getNumberInstance(locale);
		digits.setMinimumFractionDigits(money.currency().minorUnitDigits());
		digits.setMaximumFractionDigits(money.currency().minorUnitDigits());
		String amount = digits.format(money.toDecimal()).replace('\u202F', ' ').replace('\u00A0', ' ');
		return amount + " " + money.currency().value();
	}

}
