package org.isoko.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.isoko.identity.UserId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays refunds back to buyers through the provider they paid with, driven by
 * {@link BuyerRefundDue}. A refund's whole path, and where its money is at each step:
 * <ol>
 * <li>request: {@link RefundRequests} (a person) or an expired or cancelled order
 * ({@link Escrow}) moves the amount out of escrow into the buyer's refund payable
 * ({@code Escrow.refund}) and publishes {@link BuyerRefundDue};</li>
 * <li>hold ({@link #prepare}): the refund is stored ({@link RefundStore}) under the
 * escrow refund's key, with the order's successful payment, and its money is held from
 * the refund payable into "in transit" ({@link PayoutPostings#hold}) — one transaction,
 * committed before any provider call. Mobile money is held and stored as a payout
 * ({@link Payouts#createBuyerRefund}), which takes the same hold;</li>
 * <li>provider ({@link #send}): mobile money as a disbursement transfer to the number
 * that paid ({@link Payouts#send}); the wallet through its refund API
 * ({@link TradeRefunds}) with the refund's id as {@code out_request_no}, so that a resend
 * never refunds twice;</li>
 * <li>settle ({@link #apply}, for mobile money {@code Payouts.apply}): the provider's
 * final status, once. SUCCESSFUL posts the hold and the money leaves the provider's
 * clearing account ({@link PayoutPostings#settle}); FAILED voids it, the money is owed to
 * the buyer again and the refund shows as failed ({@link PayoutPostings#fail}).</li>
 * </ol>
 * Every step is safe to crash after: a redelivered event finds the stored refund and only
 * resends what the provider has not acknowledged; the polling job ({@link #pollDue})
 * resends wallet refunds that never got an answer and asks about pending ones.
 */
@Service
class BuyerRefunds implements OrderRefunds {

	/**
	 * Failure of a refund whose order was not paid through a provider: nothing can carry
	 * the money back.
	 */
	static final String NO_PROVIDER_PAYMENT = "NO_PROVIDER_PAYMENT";

	private static final Logger LOG = LoggerFactory.getLogger(BuyerRefunds.class);

	private final RefundStore store;

	private final PaymentStore payments;

	private final Payouts payouts;

	private final PayoutPostings postings;

	private final Map<Provider, TradeRefunds> tradeRefunds;

	private final PaymentsSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final PollSchedule schedule;

	BuyerRefunds(RefundStore store, PaymentStore payments, Payouts payouts, PayoutPostings postings,
			List<TradeRefunds> tradeRefunds, PaymentsSettings settings, TransactionTemplate transactions, Clock clock,
			PollSchedule schedule) {
		this.schedule = schedule;
		this.store = store;
		this.payments = payments;
		this.payouts = payouts;
		this.postings = postings;
		this.tradeRefunds = tradeRefunds.stream()
			.collect(Collectors.toMap(TradeRefunds::provider, Function.identity()));
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * What is owed back to a buyer; {@code requestedBy} and {@code reason} when a person
	 * asked for it.
	 */
	record Due(OrderId order, Money amount, String refundKey, @Nullable UserId requestedBy, @Nullable String reason) {

		static Due of(BuyerRefundDue event) {
			return new Due(event.order(), event.amount(), event.refundKey(), null, null);
		}
	}

	/**
	 * Runs after the escrow refund committed, outside any transaction of its own:
	 * {@link #prepare} commits before {@link #send} calls the provider. A failure leaves
	 * the event publication incomplete, to be delivered again.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(BuyerRefundDue due) {
		payBack(due);
	}

	/**
	 * What the listener does, callable directly (the listener itself runs
	 * asynchronously).
	 */
	BuyerRefundView payBack(BuyerRefundDue due) {
		return send(prepare(Due.of(due)));
	}

	/**
	 * Step 1: stores the refund and holds its money, in the caller's transaction if there
	 * is one (a person's refund request stores it with the escrow refund). The same
	 * refund key again changes nothing and returns the same id.
	 */
	UUID prepare(Due due) {
		UUID id = idOf(due.refundKey());
		UUID prepared = transactions.execute(tx -> {
			if (find(id).isPresent()) {
				return id;
			}
			Instant now = clock.instant();
			Optional<PaymentStore.PaidWith> payment = payments.paidWith(due.order(), due.amount().currency());
			if (payment.isEmpty()) {
				// Escrow held money the order never paid through a provider (demo or test
				// postings): it stays owed to the
				// buyer in the refund payable, and the failed refund says why.
				LOG.warn(
						"Refund {} of order {} has no provider payment to go back through; it stays in the refund payable",
						due.amount(), due.order());
				store.insert(id, due, null, PaymentStatus.FAILED, null, null, NO_PROVIDER_PAYMENT, now, firstPoll(now));
				return id;
			}
			PaymentStore.PaidWith paid = payment.get();
			if (paid.provider() == Provider.MOMO) {
				UUID payout = payouts.createBuyerRefund(due.order(), Msisdn.of(paid.payer()), due.amount(),
						"buyer-refund:" + id);
				store.insert(id, due, paid, PaymentStatus.CREATED, payout, null, null, now, firstPoll(now));
				return id;
			}
			Ledger.Posted hold = postings.hold("refund-hold:" + id, correlation(id),
					Accounts.refundPayable(due.order(), due.amount().currency()),
					Accounts.refundInTransit(due.order(), due.amount().currency()), due.amount(), now);
			store.insert(id, due, paid, PaymentStatus.CREATED, null, hold.transferIds().get(0), null, now,
					firstPoll(now));
			return id;
		});
		return prepared == null ? id : prepared;
	}

	private Instant firstPoll(Instant now) {
		return now.plus(settings.poll().staleAfter());
	}

	/**
	 * Step 2: sends a stored refund to its provider. Mobile money goes through its
	 * payout; a wallet refund is asked for (again) while the provider has not
	 * acknowledged it. An unreachable provider leaves it for the polling job.
	 */
	BuyerRefundView send(UUID id) {
		RefundStore.Row row = row(id);
		if (row.payoutId() != null) {
			payouts.send(row.payoutId());
		}
		else if (row.status() == PaymentStatus.CREATED) {
			ask(row);
		}
		return view(id);
	}

	/**
	 * Asks the provider to refund; the same request number again never refunds twice, so
	 * this is safe to repeat.
	 */
	private void ask(RefundStore.Row row) {
		try {
			ProviderStatus answer = provider(row).refund(row.tradeReference(), row.amount(), row.id().toString(),
					describe(row));
			store.markSent(row.id(), clock.instant());
			apply(row.id(), answer);
		}
		catch (ProviderUnavailable e) {
			LOG.warn("Refund {} stays {}, the polling job will ask again: {}", row.id(), row.status(), e.getMessage());
			reschedule(row.id(), row.pollAttempts(), clock.instant());
		}
	}

	/**
	 * Step 3: applies the provider's report once; SUCCESSFUL posts the hold, FAILED voids
	 * it; later reports change nothing.
	 */
	boolean apply(UUID id, ProviderStatus status) {
		Boolean changed = transactions.execute(tx -> {
			RefundStore.Row row = row(id);
			Instant now = clock.instant();
			if (!status.state().isFinal()) {
				return false; // the polling round that asked has already rescheduled it
			}
			if (status.state() == ProviderStatus.State.SUCCESSFUL && !matches(row.amount(), status)) {
				LOG.error("Provider confirmed {} {} for refund {} of {}; not applied", status.amount(),
						status.currency(), id, row.amount());
				return false;
			}
			int updated = store.finish(id, status, now);
			if (updated == 0) {
				return false;
			}
			if (status.state() == ProviderStatus.State.SUCCESSFUL) {
				postings.settle("refund-settled:" + id, correlation(id), row.holdTransferId(), row.provider(), now);
			}
			else {
				LOG.warn("Refund {} of order {} failed at {} ({}); the money is owed to the buyer again", row.amount(),
						row.order(), row.provider(), status.reason());
				postings.fail("refund-failed:" + id, correlation(id), row.holdTransferId(), now);
			}
			return true;
		});
		return Boolean.TRUE.equals(changed);
	}

	/**
	 * Asks the provider about one open wallet refund and applies the answer; resends it
	 * when the provider never got it.
	 */
	boolean refresh(UUID id) {
		RefundStore.Row row = row(id);
		if (row.payoutId() != null || row.status().isFinal() || row.provider() == null) {
			return false; // mobile-money refunds are polled as payouts
		}
		Optional<ProviderStatus> status = provider(row).refundStatus(row.tradeReference(), id.toString());
		if (status.isEmpty()) {
			ask(row); // a crash before the request left, or it was lost: the same request
						// number again
			return row(id).status().isFinal();
		}
		store.markPending(id);
		return apply(id, status.get());
	}

	/** The polling and recovery job: every open wallet refund whose time has come. */
	int pollDue(int limit) {
		// RuntimeException: one refund the provider cannot answer about must not stop the
		// others.
		return schedule.pollDue(PollSchedule.Requests.REFUNDS, limit, this::refresh, RuntimeException.class);
	}

	private void reschedule(UUID id, int attempts, Instant now) {
		schedule.backOff(PollSchedule.Requests.REFUNDS, id, attempts, now);
	}

	@Override
	public List<BuyerRefundView> refunds(OrderId order) {
		return store.forOrder(order).stream().map(RefundStore.Row::view).toList();
	}

	PageOf<BuyerRefundView> page(OrderId order, PageRequest page) {
		return store.page(order, page).map(RefundStore.Row::view);
	}

	BuyerRefundView view(UUID id) {
		return row(id).view();
	}

	static UUID idOf(String refundKey) {
		return Ledger.nameUuid("buyer-refund:" + refundKey);
	}

	static String correlation(UUID id) {
		return "refund:" + id;
	}

	private TradeRefunds provider(RefundStore.Row row) {
		TradeRefunds refunds = row.provider() == null ? null : tradeRefunds.get(row.provider());
		if (refunds == null) {
			throw new IllegalStateException(
					"No refund API for provider " + row.provider() + " (refund " + row.id() + ")");
		}
		return refunds;
	}

	private static String describe(RefundStore.Row row) {
		return row.reason() == null || row.reason().isBlank() ? "Isoko order " + row.order() + " refund" : row.reason();
	}

	private static boolean matches(Money amount, ProviderStatus status) {
		if (status.amount() == null || status.currency() == null) {
			return true;
		}
		try {
			return Money.of(status.amount(), status.currency()).equals(amount);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private Optional<RefundStore.Row> find(UUID id) {
		return store.find(id);
	}

	private RefundStore.Row row(UUID id) {
		return find(id).orElseThrow(() -> NotFound.of("Refund", id));
	}

}
