package org.isoko.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.isoko.network.Conversion;
import org.isoko.network.FxPath;
import org.isoko.shared.CurrencyCode;

/**
 * The FX rate an order line was converted with, kept so that the order can always be
 * explained and audited.
 */
public record FxSnapshot(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate date, String source,
		FxPath path) {

	static FxSnapshot of(Conversion conversion) {
		return new FxSnapshot(conversion.amount().currency(), conversion.converted().currency(), conversion.rate(),
				conversion.rateDate(), conversion.source(), conversion.path());
	}
}
