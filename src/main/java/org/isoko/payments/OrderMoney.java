package org.isoko.payments;

import java.time.Instant;
import java.util.List;

import org.isoko.identity.OrganisationDirectory;
import org.isoko.identity.OrganisationId;
import org.isoko.network.Network;
import org.isoko.ordering.OrderCancelled;
import org.isoko.ordering.OrderCompleted;
import org.isoko.ordering.OrderDeclined;
import org.isoko.ordering.OrderExpired;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderRefunded;
import org.isoko.payments.ledger.AccountKind;
import org.isoko.payments.ledger.PendingTransfer;
import org.isoko.payments.ledger.TransferCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves an order's escrowed money when the order's life ends: completion (delivery confirmed) releases it to the
 * seller, platform and authorities; cancellation, decline, refund or expiry of a paid order gives it back to the
 * buyer. Orders paid with the demo step have nothing in escrow, so these move nothing. Listeners run after the
 * order's transaction, from the event publication registry, so a failure is retried and the fixed idempotency keys
 * make a retry a no-op.
 */
@Component
class OrderMoney {

	private static final Logger LOG = LoggerFactory.getLogger(OrderMoney.class);

	private final Escrow escrow;
	private final Ledger ledger;
	private final OrganisationDirectory organisations;
	private final Network network;

	OrderMoney(Escrow escrow, Ledger ledger, OrganisationDirectory organisations, Network network) {
		this.escrow = escrow;
		this.ledger = ledger;
		this.organisations = organisations;
		this.network = network;
	}

	@ApplicationModuleListener
	void on(OrderCompleted event) {
		release(event.order(), event.seller(), event.completedAt());
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		refundAll(event.order(), event.cancelledAt());
	}

	@ApplicationModuleListener
	void on(OrderDeclined event) {
		refundAll(event.order(), event.declinedAt());
	}

	@ApplicationModuleListener
	void on(OrderRefunded event) {
		refundAll(event.order(), event.refundedAt());
	}

	/** A payment confirmed after the reservation expired: the order is gone, the money goes back. */
	@ApplicationModuleListener
	void on(OrderExpired event) {
		refundAll(event.order(), event.expiredAt());
	}

	/**
	 * Releases what escrow holds for the order. Ordering prices orders on goods only today, so the whole amount is
	 * the goods line: the platform commission, the FX spread and the seller's share (in the seller's currency).
	 */
	void release(OrderId order, OrganisationId seller, Instant at) {
		List<PendingTransfer> holds = holds(order);
		if (holds.isEmpty()) {
			return;
		}
		CurrencyCode sellerCurrency = organisations.find(seller).flatMap(o -> network.country(o.country()))
				.map(country -> country.currency()).orElseThrow(() -> new IllegalStateException("No currency for seller " + seller));
		for (PendingTransfer hold : holds) {
			CurrencyCode currency = hold.debit().currency();
			Money zero = Money.zero(currency);
			escrow.release("release:order:" + order.value() + ":" + currency, new Escrow.Release(order.value().toString(),
					Money.ofMinor(hold.amount(), currency), zero, "none", zero, org.isoko.shared.CountryCode.of("RW"), zero, seller,
					sellerCurrency), at);
			LOG.info("Released {} of order {} to seller {}", Money.ofMinor(hold.amount(), currency), order, seller);
		}
	}

	/** Gives everything escrow still holds for the order back to the buyer (refund payable). */
	void refundAll(OrderId order, Instant at) {
		for (PendingTransfer hold : holds(order)) {
			Money amount = Money.ofMinor(hold.amount(), hold.debit().currency());
			escrow.refund("refund-all:order:" + order.value() + ":" + amount.currency(), order.value().toString(), amount, at);
			LOG.info("Refunded {} of order {} to the buyer", amount, order);
		}
	}

	private List<PendingTransfer> holds(OrderId order) {
		return ledger.openHolds(AccountKind.ORDER_ESCROW, "order:" + order.value(), TransferCode.ESCROW_HOLD);
	}
}
