package org.isoko.payments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.isoko.network.Network;
import org.isoko.ordering.OrderCharges;
import org.isoko.ordering.OrderCleared;
import org.isoko.ordering.OrderId;
import org.isoko.payments.ledger.AccountKey;
import org.isoko.payments.ledger.Leg;
import org.isoko.payments.ledger.PendingTransfer;
import org.isoko.payments.ledger.PostingRequest;
import org.isoko.payments.ledger.TransferCode;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays the customs authority the duty and taxes withheld from the buyer when customs
 * clears the order (ordering's {@link OrderCleared}): the tax is due on release, not when
 * the buyer confirms delivery. Per order, one posting, shaped like
 * {@link DepartureFreight}'s: void the escrow hold, escrow → the duty and tax payable of
 * the destination's authority, and a new hold for the rest. The key is per order, so a
 * redelivered event pays nothing more, and the release at completion takes what was paid
 * here off ({@link #lessPaidAtClearance}); orders with nothing held (the demo step, or
 * refunded) are skipped. The posting carries the tax bill reference in its correlation's
 * log line; the order records it.
 */
@Component
class ClearanceTax {

	private static final Logger LOG = LoggerFactory.getLogger(ClearanceTax.class);

	private final Ledger ledger;

	private final Network network;

	ClearanceTax(Ledger ledger, Network network) {
		this.ledger = ledger;
		this.network = network;
	}

	@ApplicationModuleListener
	void on(OrderCleared event) {
		CountryCode authority = network.hub(event.destination())
			.map(hub -> hub.country())
			.orElseThrow(() -> new IllegalStateException("No country for hub " + event.destination()));
		OrderCharges charges = event.charges();
		pay(event.order(), charges.duty().plus(charges.taxes()), authority, event.taxBill(), event.at());
	}

	/**
	 * Pays {@code dutyTax} (at most what escrow holds) of the order to the authority,
	 * once. Returns what this call or an earlier one paid.
	 */
	@Transactional
	Money pay(OrderId order, Money dutyTax, CountryCode authority, @Nullable String taxBill, Instant at) {
		CurrencyCode currency = dutyTax.currency();
		Optional<Money> paid = paidAtClearance(order, currency);
		if (paid.isPresent()) {
			return paid.get();
		}
		AccountKey escrow = Accounts.escrow(order, currency);
		List<PendingTransfer> holds = ledger.openHolds(escrow, TransferCode.ESCROW_HOLD);
		if (holds.isEmpty() || !dutyTax.isPositive()) {
			LOG.info("Order {} cleared with nothing held in {} in escrow or no duty and tax: nothing paid to customs",
					order, currency);
			return Money.zero(currency);
		}
		PendingTransfer hold = holds.get(0);
		long amount = Math.min(dutyTax.minorUnits(), hold.amount());
		List<Leg> legs = new ArrayList<>();
		legs.add(Leg.voiding(hold, TransferCode.HOLD_VOIDED));
		legs.add(Leg.posted(escrow, Accounts.dutyTax(authority, currency), amount, TransferCode.DUTY_TAX));
		long rest = hold.amount() - amount;
		if (rest > 0) {
			legs.add(Leg.pending(escrow, hold.credit(), rest, TransferCode.ESCROW_HOLD, hold.timeout()));
		}
		ledger.post(PostingRequest.of(key(order, currency), Escrow.correlation(order), TransferCode.DUTY_TAX, at,
				Escrow.day(at), legs));
		LOG.info("Paid {} of order {}'s duty and taxes to customs ({}) on clearance, tax bill {}",
				Money.ofMinor(amount, currency), order, authority, taxBill);
		return Money.ofMinor(amount, currency);
	}

	/** The duty and taxes of the order paid to customs on clearance, if they were. */
	Optional<Money> paidAtClearance(OrderId order, CurrencyCode currency) {
		return ledger.recorded(key(order, currency))
			.flatMap(posted -> ledger.posting(posted.postingId()))
			.map(posting -> Money.ofMinor(posting.legs()
				.stream()
				.filter(leg -> leg.code() == TransferCode.DUTY_TAX)
				.mapToLong(Leg::amount)
				.sum(), currency));
	}

	/**
	 * The order's charges as escrow still holds them: duty and taxes paid on clearance no
	 * longer are in escrow, so they come off (duty first, then taxes) and off the total
	 * before the release splits what is left.
	 */
	OrderCharges lessPaidAtClearance(OrderId order, OrderCharges charges) {
		Money paid = paidAtClearance(order, charges.total().currency()).orElse(null);
		if (paid == null || paid.isZero()) {
			return charges;
		}
		Money fromDuty = paid.minorUnits() <= charges.duty().minorUnits() ? paid : charges.duty();
		Money fromTaxes = paid.minus(fromDuty);
		return new OrderCharges(charges.goods(), charges.freight(), charges.insurance(), charges.duty().minus(fromDuty),
				charges.taxes().minus(fromTaxes), charges.fees(), charges.total().minus(paid));
	}

	static String key(OrderId order, CurrencyCode currency) {
		return "duty-tax:clearance:order:" + order.value() + ":" + currency;
	}

}
