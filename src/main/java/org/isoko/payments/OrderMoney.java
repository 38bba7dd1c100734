package org.isoko.payments;

import java.time.Instant;
import java.util.List;

import org.isoko.identity.OrganisationDirectory;
import org.isoko.identity.OrganisationId;
import org.isoko.network.Network;
import org.isoko.ordering.OrderCancelled;
import org.isoko.ordering.OrderCharges;
import org.isoko.ordering.OrderCompleted;
import org.isoko.ordering.OrderDeclined;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderPaymentRefused;
import org.isoko.ordering.OrderRefunded;
import org.isoko.payments.ledger.AccountKind;
import org.isoko.payments.ledger.PendingTransfer;
import org.isoko.payments.ledger.TransferCode;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves an order's escrowed money when the order's life ends: completion (delivery
 * confirmed) releases it to the seller, carrier, customs and platform; cancellation,
 * decline or refund of a paid order gives it back to the buyer, and so does a payment the
 * order refused (confirmed after the reservation expired, or for an order already paid or
 * cancelled). Orders paid with the demo step have nothing in escrow, so these move
 * nothing. Listeners run after the order's transaction, from the event publication
 * registry, so a failure is retried and the fixed idempotency keys make a retry a no-op.
 */
@Component
class OrderMoney {

	private static final Logger LOG = LoggerFactory.getLogger(OrderMoney.class);

	/**
	 * Freight payable for orders completed without a recorded carrier (none today:
	 * completion follows shipment).
	 */
	static final String UNKNOWN_CARRIER = "unassigned";

	private final Escrow escrow;

	private final Ledger ledger;

	private final OrganisationDirectory organisations;

	private final Network network;

	private final DepartureFreight departureFreight;

	private final ClearanceTax clearanceTax;

	OrderMoney(Escrow escrow, Ledger ledger, OrganisationDirectory organisations, Network network,
			DepartureFreight departureFreight, ClearanceTax clearanceTax) {
		this.clearanceTax = clearanceTax;
		this.escrow = escrow;
		this.ledger = ledger;
		this.organisations = organisations;
		this.network = network;
		this.departureFreight = departureFreight;
	}

	@ApplicationModuleListener
	void on(OrderCompleted event) {
		release(event);
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

	@ApplicationModuleListener
	void on(OrderPaymentRefused event) {
		refundPayment(event);
	}

	/**
	 * Releases what escrow holds for the order, split as the buyer was charged (all in
	 * the buyer's currency): goods to the seller less the platform commission (converted
	 * into the seller's currency), freight and insurance to the carrier (who arranges the
	 * cargo insurance), duty and taxes to the customs authority of the destination hub's
	 * country, fees to the platform. Money refunded before release comes off the goods
	 * first.
	 */
	void release(OrderCompleted event) {
		List<PendingTransfer> holds = holds(event.order());
		if (holds.isEmpty()) {
			return;
		}
		OrganisationId seller = event.seller();
		CurrencyCode sellerCurrency = sellerCurrency(seller);
		CountryCode authority = network.hub(event.destination())
			.map(hub -> hub.country())
			.orElseThrow(() -> new IllegalStateException("No country for hub " + event.destination()));
		// The freight paid to the carrier when the parcel departed is no longer in
		// escrow.
		OrderCharges charges = departureFreight.lessPaidAtDeparture(event.order(), event.charges());
		// So are the duty and taxes paid to customs on clearance (ClearanceTax).
		charges = clearanceTax.lessPaidAtClearance(event.order(), charges);
		CurrencyCode currency = charges.total().currency();
		long held = holds.stream()
			.filter(hold -> hold.debit().currency().equals(currency))
			.mapToLong(PendingTransfer::amount)
			.sum();
		if (held != holds.stream().mapToLong(PendingTransfer::amount).sum() || holds.size() > 1) {
			// One payment per order holds its money; anything else needs a person to look
			// at it.
			throw new Conflict("Order " + event.order() + " has " + holds.size() + " escrow holds (" + held + " in "
					+ currency + "); expected one, release it by hand");
		}
		Escrow.Release release = split(event.order(), charges, Money.ofMinor(held, currency),
				event.carrier() == null ? UNKNOWN_CARRIER : event.carrier(), authority, seller, sellerCurrency);
		escrow.release(releaseKey(event.order(), currency), release, event.completedAt());
		LOG.info("Released {} of order {}: goods {}, freight {}, duty and tax {}, fees {}", release.total(),
				event.order(), release.goods(), release.freight(), release.dutyTax(), release.fees());
	}

	/** The currency a seller is paid in: their country's. */
	CurrencyCode sellerCurrency(OrganisationId seller) {
		return organisations.find(seller)
			.flatMap(o -> network.country(o.country()))
			.map(country -> country.currency())
			.orElseThrow(() -> new IllegalStateException("No currency for seller " + seller));
	}

	/** The idempotency key of an order's release posting. */
	static String releaseKey(OrderId order, CurrencyCode currency) {
		return "release:order:" + order.value() + ":" + currency;
	}

	/**
	 * The parts of {@code held}: the charges, less what was refunded (taken from goods,
	 * then fees, freight, duty and tax).
	 */
	static Escrow.Release split(OrderId order, OrderCharges charges, Money held, String carrier, CountryCode authority,
			OrganisationId seller, CurrencyCode sellerCurrency) {
		long[] parts = parts(order, charges, held);
		CurrencyCode currency = held.currency();
		return new Escrow.Release(order, Money.ofMinor(parts[0], currency), Money.ofMinor(parts[2], currency), carrier,
				Money.ofMinor(parts[3], currency), authority, Money.ofMinor(parts[1], currency), seller,
				sellerCurrency);
	}

	/**
	 * The goods part of {@code held}, as {@link #split} takes it (what the seller is paid
	 * from).
	 */
	static Money goods(OrderId order, OrderCharges charges, Money held) {
		return Money.ofMinor(parts(order, charges, held)[0], held.currency());
	}

	/**
	 * Goods, fees, freight and insurance, duty and taxes: the charges less what was
	 * refunded.
	 */
	private static long[] parts(OrderId order, OrderCharges charges, Money held) {
		long refunded = charges.total().minorUnits() - held.minorUnits();
		if (refunded < 0) {
			throw new InvalidInput("amount",
					"Escrow holds " + held + ", more than order " + order + " charged (" + charges.total() + ")");
		}
		long[] parts = { charges.goods().minorUnits(), charges.fees().minorUnits(),
				charges.freight().plus(charges.insurance()).minorUnits(),
				charges.duty().plus(charges.taxes()).minorUnits() };
		for (int i = 0; i < parts.length && refunded > 0; i++) {
			long taken = Math.min(parts[i], refunded);
			parts[i] -= taken;
			refunded -= taken;
		}
		return parts;
	}

	/**
	 * Gives everything escrow still holds for the order back to the buyer (refund
	 * payable).
	 */
	void refundAll(OrderId order, Instant at) {
		for (PendingTransfer hold : holds(order)) {
			Money amount = Money.ofMinor(hold.amount(), hold.debit().currency());
			escrow.refund("refund-all:order:" + order.value() + ":" + amount.currency(), order, amount, at);
			LOG.info("Refunded {} of order {} to the buyer", amount, order);
		}
	}

	/**
	 * Gives back a payment the order refused. The order may have been cancelled at the
	 * same moment, in which case its refund took everything already: then there is
	 * nothing left to give back.
	 */
	void refundPayment(OrderPaymentRefused event) {
		OrderId order = event.order();
		Money held = escrow.held(order, event.amount().currency());
		if (held.isZero()) {
			LOG.info(
					"Payment {} of order {} was refused ({}), and escrow holds nothing more for the order: refunded already",
					event.payment(), event.order(), event.reason());
			return;
		}
		Money amount = held.minorUnits() < event.amount().minorUnits() ? held : event.amount();
		escrow.refund("refund:payment:" + event.payment(), order, amount, event.refusedAt());
		LOG.info("Refunded {} of refused payment {} of order {}: {}", amount, event.payment(), event.order(),
				event.reason());
	}

	private List<PendingTransfer> holds(OrderId order) {
		return ledger.openHolds(AccountKind.ORDER_ESCROW, "order:" + order.value(), TransferCode.ESCROW_HOLD);
	}

}
