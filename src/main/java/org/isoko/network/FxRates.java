package org.isoko.network;

import java.time.LocalDate;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;

/**
 * Exchange rates and conversions. A rate on a day is the latest stored rate with an
 * effective date on or before that day: the direct pair, else the inverse of the opposite
 * pair, else a cross via USD.
 */
public interface FxRates {

	/**
	 * @throws NotFound when no rate connects the two currencies on or before {@code on}
	 */
	FxQuote rate(CurrencyCode from, CurrencyCode to, LocalDate on);

	/**
	 * Converts {@code amount} into {@code target} with {@link Money#convert}: rounded
	 * once, half-up, to the target's minor unit.
	 * @throws NotFound when no rate connects the two currencies on or before {@code on}
	 */
	Conversion convert(Money amount, CurrencyCode target, LocalDate on);

}
