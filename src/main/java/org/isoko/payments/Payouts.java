package org.isoko.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.OrganisationDirectory;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.OrganisationSummary;
import org.isoko.ordering.OrderId;
import org.isoko.payments.PayoutStore.Row;
import org.isoko.payments.PayoutView.PayoutKind;
import org.isoko.payments.ledger.AccountKey;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paying money out to a mobile-money wallet: a seller's released balance to the
 * organisation's number, or a buyer's refund. Like collections, in steps that are each
 * safe to crash after: the payout row and the ledger hold (payable → in transit, refused
 * above the available balance) commit together before the provider is called; the
 * provider's final status posts the hold (money left) or voids it (money back in the
 * payable balance), exactly once.
 */
@Service
public class Payouts {

	private static final Logger LOG = LoggerFactory.getLogger(Payouts.class);

	private final PayoutStore store;

	private final PayoutPostings postings;

	private final Disbursements provider;

	private final OrganisationDirectory organisations;

	private final ProviderAddresses addresses;

	private final PaymentsSettings settings;

	private final IdempotencyKeys idempotency;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final PollSchedule schedule;

	private final ApplicationEventPublisher events;

	Payouts(PayoutStore store, PayoutPostings postings, Disbursements provider, OrganisationDirectory organisations,
			ProviderAddresses addresses, PaymentsSettings settings, IdempotencyKeys idempotency,
			TransactionTemplate transactions, Clock clock, PollSchedule schedule, ApplicationEventPublisher events) {
		this.schedule = schedule;
		this.events = events;
		this.store = store;
		this.postings = postings;
		this.provider = provider;
		this.organisations = organisations;
		this.addresses = addresses;
		this.settings = settings;
		this.idempotency = idempotency;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Pays {@code amount} of the seller's available balance to the organisation's
	 * mobile-money number.
	 */
	public PayoutView requestPayout(OrganisationId seller, Money amount, String idempotencyKey) {
		return send(recordPayout(seller, amount, null, idempotencyKey));
	}

	/**
	 * Whether a payout request of this seller under this key was recorded already (a
	 * replay answers the same payout, 200 with {@code Idempotent-Replayed}).
	 */
	public boolean replays(OrganisationId seller, String idempotencyKey) {
		return idempotency.recorded("payout:org:" + seller.value(), idempotencyKey);
	}

	/**
	 * Records a seller payout (row and ledger hold) without sending it: for callers
	 * inside a transaction, which send it after their commit (or leave it to the recovery
	 * job). {@code order} is the order whose released share it pays, if any.
	 */
	UUID recordPayout(OrganisationId seller, Money amount, @Nullable OrderId order, String idempotencyKey) {
		OrganisationSummary organisation = organisations.find(seller)
			.orElseThrow(() -> NotFound.of("Organisation", seller));
		if (organisation.phone() == null) {
			throw new InvalidInput("phone",
					"Organisation " + organisation.name() + " has no mobile-money number for payouts");
		}
		String owner = "org:" + seller.value();
		return create(PayoutKind.SELLER_PAYOUT, owner, Accounts.sellerPayable(seller, amount.currency()),
				Accounts.inTransit(seller, amount.currency()), organisation.phone(), amount, order, idempotencyKey);
	}

	/**
	 * Pays a buyer's refund (already moved from escrow to the refund payable) back to
	 * their wallet.
	 */
	PayoutView refundToBuyer(OrderId order, Msisdn payee, Money amount, String idempotencyKey) {
		return send(createBuyerRefund(order, payee, amount, idempotencyKey));
	}

	/**
	 * Stores a buyer's refund transfer and holds its money, in the caller's transaction
	 * if there is one, without calling the provider: the caller sends it ({@link #send})
	 * once everything it stores with it has committed.
	 */
	UUID createBuyerRefund(OrderId order, Msisdn payee, Money amount, String idempotencyKey) {
		String owner = "order:" + order;
		return create(PayoutKind.BUYER_REFUND, owner, Accounts.refundPayable(order, amount.currency()),
				Accounts.refundInTransit(order, amount.currency()), payee, amount, order, idempotencyKey);
	}

	private UUID create(PayoutKind kind, String owner, AccountKey payable, AccountKey inTransit, Msisdn payee,
			Money amount, @Nullable OrderId order, String key) {
		if (!amount.isPositive()) {
			throw new InvalidInput("amount", "amount must be positive, got " + amount);
		}
		String hash = IdempotencyKeys.hash(kind + "|" + owner + "|" + amount + "|" + payee);
		UUID created = transactions.execute(tx -> idempotency.resolve("payout:" + owner, key, hash, () -> {
			UUID id = UUID.randomUUID();
			UUID reference = UUID.randomUUID();
			Instant now = clock.instant();
			Ledger.Posted hold = postings.hold("payout-hold:" + id, "payout:" + id, payable, inTransit, amount, now);
			store.insert(id, reference, kind, owner, payee, amount, hold.transferIds().get(0), order, now,
					now.plus(settings.poll().staleAfter()));
			return id;
		}));
		return created;
	}

	/**
	 * Sends a stored payout; if the provider is unreachable it stays CREATED for the
	 * recovery job.
	 */
	PayoutView send(UUID id) {
		Row row = row(id);
		if (row.status() != PaymentStatus.CREATED) {
			return row.view();
		}
		try {
			provider.transfer(row.referenceId(), row.amount(), Msisdn.of(row.payee()), "payout-" + row.id(),
					addresses.callbacks() + "/momo/disbursements/" + row.referenceId());
			Instant now = clock.instant();
			store.markSent(id, now, now.plus(settings.poll().firstAfter()));
		}
		catch (ProviderUnavailable e) {
			LOG.warn("Payout {} stays CREATED, the recovery job will resend it: {}", id, e.getMessage());
		}
		return row(id).view();
	}

	/**
	 * Applies the provider's report once: SUCCESSFUL posts the hold (and announces a
	 * seller's payout as {@link PayoutSent}), FAILED voids it; anything later changes
	 * nothing.
	 */
	boolean apply(UUID referenceId, ProviderStatus status) {
		Boolean changed = transactions.execute(tx -> {
			Row row = byReference(referenceId).orElseThrow(() -> NotFound.of("Payout reference", referenceId));
			Instant now = clock.instant();
			if (!status.state().isFinal()) {
				return false; // the polling round that asked has already rescheduled it
			}
			int updated = store.finish(row.id(), status, now);
			if (updated == 0) {
				return false;
			}
			if (status.state() == ProviderStatus.State.SUCCESSFUL) {
				postings.settle("payout-settled:" + row.id(), "payout:" + row.id(), row.holdTransferId(),
						provider.provider(), now);
				if (row.kind() == PayoutKind.SELLER_PAYOUT) {
					events.publishEvent(new PayoutSent(row.id(), row.order(), seller(row), row.amount(), now));
				}
			}
			else {
				postings.fail("payout-failed:" + row.id(), "payout:" + row.id(), row.holdTransferId(), now);
			}
			return true;
		});
		return Boolean.TRUE.equals(changed);
	}

	public boolean refresh(UUID referenceId) {
		Row row = byReference(referenceId).orElseThrow(() -> NotFound.of("Payout reference", referenceId));
		if (row.status().isFinal()) {
			return false;
		}
		Optional<ProviderStatus> status = provider.statusOfTransfer(referenceId);
		if (status.isEmpty()) {
			if (row.status() == PaymentStatus.CREATED) {
				send(row.id());
			}
			return false;
		}
		if (row.status() == PaymentStatus.CREATED) {
			store.markPending(row.id());
		}
		return apply(referenceId, status.get());
	}

	int pollDue(int limit) {
		return schedule.pollDue(PollSchedule.Requests.PAYOUTS, limit, this::refresh, ProviderUnavailable.class);
	}

	public PageOf<PayoutView> forOwner(String owner, PageRequest page) {
		return store.forOwner(owner, page).map(Row::view);
	}

	public boolean forOwnerContains(String owner, UUID id) {
		return store.forOwnerContains(owner, id);
	}

	public PayoutView view(UUID id) {
		return row(id).view();
	}

	public Optional<PayoutView> byReferenceId(UUID referenceId) {
		return byReference(referenceId).map(Row::view);
	}

	/** The seller a seller payout belongs to (its owner is "org:" and the id). */
	private static OrganisationId seller(Row row) {
		return new OrganisationId(UUID.fromString(row.owner().substring("org:".length())));
	}

	private Row row(UUID id) {
		return store.find(id).orElseThrow(() -> NotFound.of("Payout", id));
	}

	private Optional<Row> byReference(UUID referenceId) {
		return store.byReference(referenceId);
	}

}
