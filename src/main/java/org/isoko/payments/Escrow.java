package org.isoko.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.isoko.identity.OrganisationId;
import org.isoko.network.FxQuote;
import org.isoko.network.FxRates;
import org.isoko.ordering.OrderId;
import org.isoko.payments.ledger.AccountKey;
import org.isoko.payments.ledger.FxDetails;
import org.isoko.payments.ledger.Leg;
import org.isoko.payments.ledger.PendingTransfer;
import org.isoko.payments.ledger.PostingRequest;
import org.isoko.payments.ledger.TransferCode;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money flows of an order, as ledger postings. Legs per flow:
 * <ul>
 * <li>capture: clearing → escrow (posted), escrow → settlement control (pending: the
 * escrow hold);</li>
 * <li>release: post the hold; settlement → platform fee (commission on goods, service
 * fees), → duty and tax payable (customs authority), → freight payable (carrier), →
 * seller payable (same currency) or → FX spread revenue and → FX position, then FX
 * position (seller's currency) → seller payable;</li>
 * <li>refund: void the hold; escrow → buyer refund payable; a new hold for what
 * remains.</li>
 * </ul>
 */
@Component
public class Escrow {

	private final Ledger ledger;

	private final FxRates rates;

	private final PaymentsSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Escrow(Ledger ledger, FxRates rates, PaymentsSettings settings, Clock clock, ApplicationEventPublisher events) {
		this.ledger = ledger;
		this.rates = rates;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The provider confirmed the buyer's payment: the money goes to the order's escrow
	 * and is held for the seller.
	 */
	@Transactional
	public Ledger.Posted capture(String key, Provider provider, OrderId order, Money amount, Instant confirmedAt) {
		requirePositive(amount);
		CurrencyCode currency = amount.currency();
		AccountKey escrow = Accounts.escrow(order, currency);
		return ledger.post(
				PostingRequest.of(key, correlation(order), TransferCode.PAYMENT_CAPTURED, confirmedAt, day(confirmedAt),
						List.of(Leg.posted(Accounts.clearing(provider, currency), escrow, amount.minorUnits(),
								TransferCode.PAYMENT_CAPTURED),
								Leg.pending(escrow, Accounts.settlement(order, currency), amount.minorUnits(),
										TransferCode.ESCROW_HOLD, confirmedAt.plus(settings.escrowHold())))));
	}

	/**
	 * How a released order's money is split. Everything is in the buyer's currency, as
	 * the buyer paid it; the seller is paid in {@code sellerCurrency}.
	 */
	record Release(OrderId order, Money goods, Money freight, String carrier, Money dutyTax, CountryCode authority,
			Money fees, OrganisationId seller, CurrencyCode sellerCurrency) {

		Money total() {
			return goods.plus(freight).plus(dutyTax).plus(fees);
		}
	}

	/**
	 * Delivery was confirmed: the hold is posted and split at once into what each party
	 * is owed.
	 */
	@Transactional
	Ledger.Posted release(String key, Release release, Instant at) {
		var recorded = ledger.recorded(key);
		if (recorded.isPresent()) {
			return recorded.get();
		}
		PendingTransfer hold = openHold(release.order(), release.goods().currency());
		if (release.total().minorUnits() != hold.amount()) {
			throw new InvalidInput("amount", "The release splits " + release.total() + " but escrow holds "
					+ Money.ofMinor(hold.amount(), hold.debit().currency()) + " for order " + release.order());
		}
		CurrencyCode currency = release.goods().currency();
		AccountKey settlement = Accounts.settlement(release.order(), currency);
		List<Leg> legs = new ArrayList<>();
		legs.add(Leg.post(hold, hold.amount(), TransferCode.ESCROW_RELEASE));
		FxQuote quote = currency.equals(release.sellerCurrency()) ? null
				: rates.rate(currency, release.sellerCurrency(), day(at));
		SellerProceeds proceeds = proceeds(release.goods(), release.sellerCurrency(),
				quote == null ? null : quote.rate());
		add(legs, settlement, Accounts.fees(currency), proceeds.commission(), TransferCode.PLATFORM_COMMISSION);
		add(legs, settlement, Accounts.fees(currency), release.fees(), TransferCode.SERVICE_FEE);
		add(legs, settlement, Accounts.dutyTax(release.authority(), currency), release.dutyTax(),
				TransferCode.DUTY_TAX);
		add(legs, settlement, Accounts.freight(release.carrier(), currency), release.freight(), TransferCode.FREIGHT);
		FxDetails fx = null;
		AccountKey payable = Accounts.sellerPayable(release.seller(), release.sellerCurrency());
		Money sellerAmount = proceeds.receives();
		if (quote == null) {
			add(legs, settlement, payable, sellerAmount, TransferCode.SELLER_SHARE);
		}
		else {
			add(legs, settlement, Accounts.spread(currency), proceeds.fxSpread(), TransferCode.FX_SPREAD);
			add(legs, settlement, Accounts.fxPosition(currency), proceeds.net(), TransferCode.FX_CONVERSION);
			add(legs, Accounts.fxPosition(release.sellerCurrency()), payable, sellerAmount, TransferCode.SELLER_SHARE);
			fx = new FxDetails(currency, release.sellerCurrency(), quote.rate(), quote.effectiveDate(), quote.source(),
					settings.fxSpreadRate());
		}
		Ledger.Posted posted = ledger.post(new PostingRequest(key, correlation(release.order()),
				TransferCode.ESCROW_RELEASE, at, day(at), legs, fx, null));
		if (!posted.replayed() && sellerAmount.isPositive()) {
			events.publishEvent(new SellerShareReleased(release.order(), release.seller(), sellerAmount, at));
		}
		return posted;
	}

	/**
	 * What the seller receives for {@code goods} at {@code quote} (null for the same
	 * currency), with the configured commission and spread rates: the release posts
	 * exactly this, and the seller's pages show it.
	 */
	SellerProceeds proceeds(Money goods, CurrencyCode sellerCurrency, @Nullable BigDecimal rate) {
		return SellerProceeds.of(goods, settings.platformFeeRate(), settings.fxSpreadRate(), sellerCurrency, rate);
	}

	/**
	 * Gives part or all of the held money back to the buyer (before release); the rest
	 * stays held.
	 */
	@Transactional
	Ledger.Posted refund(String key, OrderId order, Money amount, Instant at) {
		requirePositive(amount);
		var recorded = ledger.recorded(key);
		if (recorded.isPresent()) {
			return recorded.get();
		}
		List<PendingTransfer> holds = ledger.openHolds(Accounts.escrow(order, amount.currency()),
				TransferCode.ESCROW_HOLD);
		if (holds.isEmpty()) {
			return refundUnheld(key, order, amount, at);
		}
		PendingTransfer hold = holds.get(0);
		if (amount.minorUnits() > hold.amount()) {
			throw new InvalidInput("amount", "Cannot refund " + amount + ": escrow holds "
					+ Money.ofMinor(hold.amount(), amount.currency()) + " for order " + order);
		}
		AccountKey escrow = Accounts.escrow(order, amount.currency());
		List<Leg> legs = new ArrayList<>();
		legs.add(Leg.voiding(hold, TransferCode.HOLD_VOIDED));
		legs.add(Leg.posted(escrow, Accounts.refundPayable(order, amount.currency()), amount.minorUnits(),
				TransferCode.REFUND));
		long rest = hold.amount() - amount.minorUnits();
		if (rest > 0) {
			legs.add(Leg.pending(escrow, hold.credit(), rest, TransferCode.ESCROW_HOLD, hold.timeout()));
		}
		return refunded(ledger.post(PostingRequest.of(key, correlation(order), TransferCode.REFUND, at, day(at), legs)),
				order, amount, key, at);
	}

	/**
	 * A new refund posting owes the buyer money back through their provider; a replayed
	 * one owes nothing more. When it leaves the escrow empty, the order is refunded in
	 * full.
	 */
	private Ledger.Posted refunded(Ledger.Posted posted, OrderId order, Money amount, String key, Instant at) {
		if (!posted.replayed()) {
			events.publishEvent(new BuyerRefundDue(order, amount, key, at));
			if (ledger.balance(Accounts.escrow(order, amount.currency())).net() == 0) {
				events.publishEvent(new EscrowRefundedInFull(order, at));
			}
		}
		return posted;
	}

	/**
	 * Refunds money that sits in escrow without a hold (the hold expired): the ledger's
	 * limit on the escrow account refuses anything above what is there.
	 */
	private Ledger.Posted refundUnheld(String key, OrderId order, Money amount, Instant at) {
		AccountKey escrow = Accounts.escrow(order, amount.currency());
		long available = ledger.balance(escrow).available();
		if (available <= 0) {
			throw new Conflict("Escrow holds nothing in " + amount.currency() + " for order " + order
					+ " (not paid, already released or refunded)");
		}
		if (amount.minorUnits() > available) {
			throw new InvalidInput("amount", "Cannot refund " + amount + ": escrow has "
					+ Money.ofMinor(available, amount.currency()) + " for order " + order);
		}
		return refunded(ledger.post(
				PostingRequest.of(key, correlation(order), TransferCode.REFUND, at, day(at), List.of(Leg.posted(escrow,
						Accounts.refundPayable(order, amount.currency()), amount.minorUnits(), TransferCode.REFUND)))),
				order, amount, key, at);
	}

	/** What escrow holds for an order now (zero once released or refunded). */
	Money held(OrderId order, CurrencyCode currency) {
		long held = ledger.openHolds(Accounts.escrow(order, currency), TransferCode.ESCROW_HOLD)
			.stream()
			.mapToLong(PendingTransfer::amount)
			.sum();
		return Money.ofMinor(held, currency);
	}

	/**
	 * Voids holds whose time ran out; the money stays in escrow until an operator refunds
	 * or releases it.
	 */
	@Transactional
	int expireHolds(int limit) {
		Instant now = clock.instant();
		List<PendingTransfer> due = ledger.expiredHolds(now, limit);
		for (PendingTransfer hold : due) {
			ledger.post(PostingRequest.of("expire:" + hold.id(), "hold:" + hold.id(), TransferCode.HOLD_EXPIRED, now,
					day(now), List.of(Leg.expiring(hold))));
		}
		return due.size();
	}

	private PendingTransfer openHold(OrderId order, CurrencyCode currency) {
		List<PendingTransfer> holds = ledger.openHolds(Accounts.escrow(order, currency), TransferCode.ESCROW_HOLD);
		if (holds.isEmpty()) {
			throw new Conflict("Escrow holds nothing in " + currency + " for order " + order
					+ " (not paid, already released or refunded)");
		}
		return holds.get(0);
	}

	private static void add(List<Leg> legs, AccountKey debit, AccountKey credit, Money amount, TransferCode code) {
		if (amount.isNegative()) {
			throw new InvalidInput("amount", code + " must not be negative, got " + amount);
		}
		if (amount.isPositive()) {
			legs.add(Leg.posted(debit, credit, amount.minorUnits(), code));
		}
	}

	private static void requirePositive(Money amount) {
		if (!amount.isPositive()) {
			throw new InvalidInput("amount", "amount must be positive, got " + amount);
		}
	}

	static String correlation(OrderId order) {
		return "order:" + order;
	}

	static LocalDate day(Instant at) {
		return at.atZone(ZoneOffset.UTC).toLocalDate();
	}

}
