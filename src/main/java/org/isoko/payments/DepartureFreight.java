package org.isoko.payments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.isoko.logistics.ConsignmentDeparted;
import org.isoko.ordering.OrderCharges;
import org.isoko.ordering.OrderId;
import org.isoko.payments.ledger.AccountKey;
import org.isoko.payments.ledger.Leg;
import org.isoko.payments.ledger.PendingTransfer;
import org.isoko.payments.ledger.PostingRequest;
import org.isoko.payments.ledger.TransferCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays the carrier the freight the buyers paid when their parcels leave on a consignment
 * (logistics' {@link ConsignmentDeparted}): from then on the goods are in the carrier's
 * hands and the freight is earned, whatever happens to the order later. Per order, one
 * posting: void the escrow hold, escrow → the carrier's freight payable for the order's
 * freight, and a new hold for the rest (as a partial refund does). The key is per order,
 * so a redelivered event, or the order's parcel leaving again, pays nothing more; orders
 * with nothing held (paid with the demo step, or already refunded) are skipped. When the
 * order completes, {@link OrderMoney} releases the rest with the freight already paid
 * taken off ({@link #lessPaidAtDeparture}).
 */
@Component
class DepartureFreight {

	private static final Logger LOG = LoggerFactory.getLogger(DepartureFreight.class);

	private final Ledger ledger;

	DepartureFreight(Ledger ledger) {
		this.ledger = ledger;
	}

	@ApplicationModuleListener
	void on(ConsignmentDeparted event) {
		for (ConsignmentDeparted.OrderFreight order : event.orders()) {
			pay(order.order(), order.freight(), event.carrier(), event.departedAt());
		}
	}

	/**
	 * Pays {@code freight} (at most what escrow holds) of the order to the carrier, once.
	 * Returns what this call or an earlier one paid.
	 */
	@Transactional
	Money pay(OrderId order, Money freight, String carrier, Instant at) {
		CurrencyCode currency = freight.currency();
		Optional<Money> paid = paidAtDeparture(order, currency);
		if (paid.isPresent()) {
			return paid.get();
		}
		AccountKey escrow = Accounts.escrow(order, currency);
		List<PendingTransfer> holds = ledger.openHolds(escrow, TransferCode.ESCROW_HOLD);
		if (holds.isEmpty() || !freight.isPositive()) {
			LOG.info("Order {} left with nothing held in {} in escrow: no freight to pay at departure", order,
					currency);
			return Money.zero(currency);
		}
		PendingTransfer hold = holds.get(0);
		long amount = Math.min(freight.minorUnits(), hold.amount());
		List<Leg> legs = new ArrayList<>();
		legs.add(Leg.voiding(hold, TransferCode.HOLD_VOIDED));
		legs.add(Leg.posted(escrow, Accounts.freight(carrier, currency), amount, TransferCode.FREIGHT));
		long rest = hold.amount() - amount;
		if (rest > 0) {
			legs.add(Leg.pending(escrow, hold.credit(), rest, TransferCode.ESCROW_HOLD, hold.timeout()));
		}
		ledger.post(PostingRequest.of(key(order, currency), Escrow.correlation(order), TransferCode.FREIGHT, at,
				Escrow.day(at), legs));
		LOG.info("Paid {} of order {}'s freight to carrier {} at departure", Money.ofMinor(amount, currency), order,
				carrier);
		return Money.ofMinor(amount, currency);
	}

	/** The freight of the order paid to its carrier at departure, if it was. */
	Optional<Money> paidAtDeparture(OrderId order, CurrencyCode currency) {
		return ledger.recorded(key(order, currency))
			.flatMap(posted -> ledger.posting(posted.postingId()))
			.map(posting -> Money.ofMinor(posting.legs()
				.stream()
				.filter(leg -> leg.code() == TransferCode.FREIGHT)
				.mapToLong(Leg::amount)
				.sum(), currency));
	}

	/**
	 * The order's charges as escrow still holds them: freight paid at departure no longer
	 * is in escrow, so it comes off the freight (and the total) before the release splits
	 * what is left.
	 */
	OrderCharges lessPaidAtDeparture(OrderId order, OrderCharges charges) {
		Money paid = paidAtDeparture(order, charges.total().currency()).orElse(null);
		if (paid == null || paid.isZero()) {
			return charges;
		}
		return new OrderCharges(charges.goods(), charges.freight().minus(paid), charges.insurance(), charges.duty(),
				charges.taxes(), charges.fees(), charges.total().minus(paid));
	}

	static String key(OrderId order, CurrencyCode currency) {
		return "freight:departure:order:" + order.value() + ":" + currency;
	}

}
