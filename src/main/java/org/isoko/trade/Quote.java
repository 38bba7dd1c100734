package org.isoko.trade;

import java.time.LocalDate;
import java.util.List;

import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;

/**
 * A landed-cost quote: per line and in total, what goods bought on a corridor cost
 * delivered to the destination hub, in the buyer's currency, with every rate's source and
 * validity, the FX rates used and the rounding rule. An order keeps the quote it was
 * placed with.
 *
 * @param requestedRegime the regime asked for (or chosen by default)
 * @param regime the regime the figures are computed under (the same: a consumer's
 * cross-border retail quote above a limit keeps its regime and is refused, see
 * {@code crossBorderRetail})
 */
public record Quote(LocalDate date, CorridorId corridor, HubCode origin, HubCode destination, CountryCode importer,
		CustomsRegime requestedRegime, CustomsRegime regime, CurrencyCode currency, List<QuoteLine> lines,
		QuoteTotals totals, List<FxUsed> fxRates, FreightBasis freight, @Nullable CrossBorderRetail crossBorderRetail,
		List<OriginAdvice> originAdvice, List<Notice> notices, String rounding) {

	public Quote {
		lines = List.copyOf(lines);
		fxRates = List.copyOf(fxRates);
		originAdvice = List.copyOf(originAdvice);
		notices = List.copyOf(notices);
	}

	/** True when the order can only be one indivisible item: one line of quantity 1. */
	public boolean isSingleItem() {
		return lines.size() == 1 && lines.get(0).quantity() == 1;
	}
}
