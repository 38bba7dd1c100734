package org.isoko.trade;

import java.math.BigDecimal;
import java.util.List;

import org.isoko.catalog.LandedPrice;
import org.isoko.catalog.LandedPrices;
import org.isoko.catalog.LotId;
import org.isoko.identity.CurrentUser;
import org.isoko.network.CorridorId;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The landed price on lot and drop pages: {@link Trade#quote} of the lot alone on the
 * corridor, for the buyer, under their default regime, reduced to its totals. The page
 * shows the same figures the cart would (the same request), never a figure of its own.
 */
@Component
class StorefrontLandedPrices implements LandedPrices {

	private final Trade trade;

	StorefrontLandedPrices(Trade trade) {
		this.trade = trade;
	}

	@Override
	public LandedPrice of(LotId lot, CorridorId corridor, int quantity, CurrentUser buyer, boolean personal) {
		QuoteRequest request = request(lot, corridor, quantity, buyer, personal);
		try {
			Quote quote = trade.quote(request);
			QuoteTotals totals = quote.totals();
			return new LandedPrice.Quoted(corridor, quote.regime(), quote.date(), quantity, totals.goods(),
					totals.freight(), totals.insurance(), totals.duty(), totals.taxes(), totals.fees(), totals.total(),
					perUnit(totals.total(), quantity));
		}
		catch (InvalidInput e) {
			return new LandedPrice.Unavailable(corridor, reason(e), String.valueOf(e.getMessage()));
		}
	}

	/** The request the page quotes, the cart's for the same lot, corridor and buyer. */
	static QuoteRequest request(LotId lot, CorridorId corridor, int quantity, CurrentUser buyer, boolean personal) {
		return new QuoteRequest(null, corridor, null, null,
				new QuoteRequest.Buyer(personal ? buyer.id() : null, buyer.organisationId()),
				List.of(new QuoteRequest.Line(lot, quantity)));
	}

	static Money perUnit(Money total, int quantity) {
		long minor = BigDecimal.valueOf(total.minorUnits())
			.divide(BigDecimal.valueOf(quantity), 0, Money.ROUNDING)
			.longValueExact();
		return new Money(minor, total.currency());
	}

	/** A short reason from the refusal: the field it names and what it says. */
	private static LandedPrice.Reason reason(InvalidInput e) {
		String message = String.valueOf(e.getMessage());
		if ("mode".equals(e.field()) && message.contains("freight")) {
			return LandedPrice.Reason.NO_FREIGHT_RATE;
		}
		if (message.contains("tariff line")) {
			return LandedPrice.Reason.NO_TARIFF_LINE;
		}
		if (message.contains("exchange rate")) {
			return LandedPrice.Reason.NO_EXCHANGE_RATE;
		}
		return LandedPrice.Reason.NOT_QUOTABLE;
	}

}
