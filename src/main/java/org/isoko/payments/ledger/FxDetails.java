package org.isoko.payments.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.isoko.shared.CurrencyCode;

/**
 * The conversion a posting made: the mid rate (units of {@code to} per unit of
 * {@code from}), its date and source, and the spread rate charged on top of it. The
 * spread is booked as its own leg, so rate and spread both stay visible.
 */
public record FxDetails(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate rateDate, String source,
		BigDecimal spreadRate) {

	public FxDetails {
		if (rate.signum() <= 0) {
			throw new IllegalArgumentException("An FX rate must be positive, got " + rate);
		}
		if (spreadRate.signum() < 0 || spreadRate.compareTo(BigDecimal.ONE) >= 0) {
			throw new IllegalArgumentException("A spread rate lies in [0, 1), got " + spreadRate);
		}
		if (from.equals(to)) {
			throw new IllegalArgumentException("A conversion needs two different currencies");
		}
	}
}
