package org.isoko.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.isoko.network.FxQuote;
import org.isoko.network.FxRates;
import org.isoko.ordering.Order;
import org.isoko.ordering.OrderCharges;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.SellerStatement;
import org.isoko.payments.ledger.FxDetails;
import org.isoko.payments.ledger.Leg;
import org.isoko.payments.ledger.RecordedPosting;
import org.isoko.payments.ledger.TransferCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the seller receives for an order, for the order pages, computed as the release
 * posts it: the goods part of what escrow holds (or held when it was released), split
 * with {@link OrderMoney#split}, through {@link SellerProceeds}. After release the rate
 * is the one the posting recorded; before, today's rate (the release takes the rate of
 * its day).
 */
@Component
class OrderProceeds implements SellerStatement {

	private final OrderMoney orderMoney;

	private final Escrow escrow;

	private final Ledger ledger;

	private final FxRates rates;

	private final Clock clock;

	OrderProceeds(OrderMoney orderMoney, Escrow escrow, Ledger ledger, FxRates rates, Clock clock) {
		this.orderMoney = orderMoney;
		this.escrow = escrow;
		this.ledger = ledger;
		this.rates = rates;
		this.clock = clock;
	}

	@Override
	public Optional<Proceeds> proceeds(Order order) {
		CurrencyCode sellerCurrency = orderMoney.sellerCurrency(order.seller());
		OrderCharges charges = order.charges();
		CurrencyCode currency = charges.total().currency();
		Optional<RecordedPosting> released = ledger.recorded(OrderMoney.releaseKey(order.id(), currency))
			.flatMap(posted -> ledger.posting(posted.postingId()));
		if (released.isPresent()) {
			RecordedPosting posting = released.get();
			long held = posting.legs()
				.stream()
				.filter(leg -> leg.code() == TransferCode.ESCROW_RELEASE)
				.mapToLong(Leg::amount)
				.sum();
			FxDetails fx = posting.fx();
			return Optional.of(proceeds(order.id(), charges, Money.ofMinor(held, currency), sellerCurrency,
					fx == null ? null : fx.rate(), fx == null ? null : fx.rateDate(), true));
		}
		Money held = escrow.held(order.id(), currency);
		if (held.isZero()) {
			held = charges.total(); // not paid yet (or paid outside escrow): all of it
		}
		BigDecimal rate = null;
		LocalDate rateDate = null;
		if (!currency.equals(sellerCurrency)) {
			try {
				FxQuote quote = rates.rate(currency, sellerCurrency, Escrow.day(clock.instant()));
				rate = quote.rate();
				rateDate = quote.effectiveDate();
			}
			catch (NotFound e) {
				return Optional.empty();
			}
		}
		return Optional.of(proceeds(order.id(), charges, held, sellerCurrency, rate, rateDate, false));
	}

	private Proceeds proceeds(OrderId order, OrderCharges charges, Money held, CurrencyCode sellerCurrency,
			@Nullable BigDecimal rate, @Nullable LocalDate rateDate, boolean released) {
		Money goods = OrderMoney.goods(order, charges, held);
		SellerProceeds proceeds = escrow.proceeds(goods, sellerCurrency, rate);
		SellerProceeds.InSellerCurrency there = proceeds.inSellerCurrency();
		return new Proceeds(there.goods(), there.commission(), there.fxSpread(), there.receives(), goods, rate,
				rateDate, released);
	}

}
