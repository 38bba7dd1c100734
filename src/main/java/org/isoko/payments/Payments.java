package org.isoko.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.ordering.OrderId;
import org.isoko.payments.PaymentStore.Row;
import org.isoko.shared.Conflict;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collecting payments from buyers through a provider. Three steps, each safe to crash
 * after:
 * <ol>
 * <li>store the payment with a fresh reference id (committed before any call
 * leaves);</li>
 * <li>call the provider with that reference id as its idempotency key, then mark the
 * payment PENDING;</li>
 * <li>apply the provider's final status, from a callback or from polling, by a
 * conditional update from an open state: the first SUCCESSFUL captures the money into
 * escrow in the same transaction; every later, duplicate or contradicting report finds no
 * open payment and changes nothing.</li>
 * </ol>
 */
@Service
public class Payments {

	private static final Logger LOG = LoggerFactory.getLogger(Payments.class);

	private final PaymentStore store;

	private final Map<Provider, Collections> providers;

	private final Escrow escrow;

	private final ProviderAddresses addresses;

	private final PaymentsSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final PollSchedule schedule;

	Payments(PaymentStore store, List<Collections> providers, Escrow escrow, ProviderAddresses addresses,
			PaymentsSettings settings, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			PollSchedule schedule) {
		this.schedule = schedule;
		this.store = store;
		this.providers = providers.stream().collect(Collectors.toMap(Collections::provider, Function.identity()));
		this.escrow = escrow;
		this.addresses = addresses;
		this.settings = settings;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * What to collect: an amount for an order, from a payer (a phone number for mobile
	 * money).
	 *
	 * @param idempotencyKey the buyer's key of the pay request, if it came from one
	 * @param seller the organisation selling the order, if known
	 * @param origin the order's origin hub, if known (its operators may refund the order)
	 * @param destination the order's destination hub, if known (its operators may refund
	 * the order)
	 */
	record Collect(OrderId order, Money amount, Provider provider, @Nullable Msisdn payer, @Nullable UserId payerUser,
			@Nullable String idempotencyKey, @Nullable OrganisationId seller, @Nullable HubCode origin,
			@Nullable HubCode destination) {

		Collect(OrderId order, Money amount, Provider provider, @Nullable Msisdn payer, @Nullable UserId payerUser) {
			this(order, amount, provider, payer, payerUser, null, null, null, null);
		}
	}

	/**
	 * Step 1: stores the payment; call {@link #send} afterwards, outside the transaction.
	 */
	UUID create(Collect collect) {
		if (!collect.amount().isPositive()) {
			throw new InvalidInput("amount", "amount must be positive, got " + collect.amount());
		}
		if (collect.provider() == Provider.MOMO && collect.payer() == null) {
			throw new InvalidInput("payer", "Mobile money needs the payer's phone number, e.g. +250788123456");
		}
		provider(collect.provider());
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		try {
			store.insert(id, collect, now, now.plus(settings.poll().staleAfter()));
		}
		catch (DuplicateKeyException e) {
			// payments_payment_one_open: another payment of this order is still open or
			// already succeeded.
			throw new Conflict("Order " + collect.order() + " already has a payment waiting for approval or paid; "
					+ "approve or decline that one first, or wait until it fails");
		}
		return id;
	}

	/**
	 * Step 2: sends the stored request. If the provider cannot be reached the payment
	 * stays CREATED and the recovery job sends it again with the same reference id.
	 */
	PaymentView send(UUID id) {
		Row row = row(id);
		if (row.status() != PaymentStatus.CREATED) {
			return row.view();
		}
		try {
			NextStep next = provider(row.provider()).request(row.referenceId(), row.amount(),
					row.payer() == null ? null : Msisdn.of(row.payer()), row.order(), callbackUrl(row));
			Instant now = clock.instant();
			store.markSent(id, next, now, now.plus(settings.poll().firstAfter()));
		}
		catch (ProviderUnavailable e) {
			LOG.warn("Payment {} stays CREATED, the recovery job will resend it: {}", id, e.getMessage());
		}
		return row(id).view();
	}

	private String callbackUrl(Row row) {
		return row.provider() == Provider.MOMO ? addresses.callbacks() + "/momo/collections/" + row.referenceId()
				: addresses.callbacks() + "/wallet";
	}

	/**
	 * Step 3: applies a provider's report. Returns true when this report changed the
	 * payment (the first final status); false for duplicates, late or contradicting
	 * reports, which change nothing.
	 */
	boolean apply(UUID referenceId, ProviderStatus status) {
		Boolean changed = transactions.execute(tx -> {
			Row row = byReference(referenceId).orElseThrow(() -> NotFound.of("Payment reference", referenceId));
			Instant now = clock.instant();
			if (!status.state().isFinal()) {
				return false; // the polling round that asked has already rescheduled it
			}
			if (status.state() == ProviderStatus.State.SUCCESSFUL && !matches(row, status)) {
				// A confirmation for another amount or currency is not this payment: flag
				// it for reconciliation, move nothing.
				LOG.error("Provider confirmed {} {} for payment {} of {}; not captured", status.amount(),
						status.currency(), row.id(), row.amount());
				return false;
			}
			// A failed payment frees the order for another attempt (open_order_ref =
			// NULL); a successful one keeps it taken.
			int updated = store.finish(row.id(), status, now);
			if (updated == 0) {
				return false;
			}
			if (status.state() == ProviderStatus.State.SUCCESSFUL) {
				escrow.capture("capture:" + row.id(), row.provider(), row.order(), row.amount(), now);
				events.publishEvent(new PaymentSucceeded(row.id(), row.order(), row.amount(), row.provider(), now));
			}
			else {
				events.publishEvent(new PaymentFailed(row.id(), row.order(), row.provider(), status.reason()));
			}
			return true;
		});
		return Boolean.TRUE.equals(changed);
	}

	/**
	 * Asks the provider about one payment (callback trigger, polling, recovery) and
	 * applies the answer.
	 */
	public boolean refresh(UUID referenceId) {
		Row row = byReference(referenceId).orElseThrow(() -> NotFound.of("Payment reference", referenceId));
		if (row.status().isFinal()) {
			return false;
		}
		Optional<ProviderStatus> status = provider(row.provider()).status(referenceId);
		if (status.isEmpty()) {
			if (row.status() == PaymentStatus.CREATED) {
				send(row.id()); // crashed before the request left: send it now, same
								// reference id
			}
			return false;
		}
		if (row.status() == PaymentStatus.CREATED) {
			// crashed after the provider accepted it but before we noted that
			store.markPending(row.id());
		}
		return apply(referenceId, status.get());
	}

	/** The polling and recovery job: every open payment whose time has come. */
	int pollDue(int limit) {
		return schedule.pollDue(PollSchedule.Requests.PAYMENTS, limit, this::refresh, ProviderUnavailable.class);
	}

	private static boolean matches(Row row, ProviderStatus status) {
		if (status.amount() == null || status.currency() == null) {
			return true;
		}
		try {
			return Money.of(status.amount(), status.currency()).equals(row.amount());
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	PaymentView view(UUID id) {
		return row(id).view();
	}

	public Optional<PaymentView> byReferenceId(UUID referenceId) {
		return byReference(referenceId).map(Row::view);
	}

	/** The payment a buyer's pay request with this Idempotency-Key started. */
	Optional<PaymentView> byKey(OrderId order, String idempotencyKey) {
		return store.byKey(order, idempotencyKey).map(PaymentStore.Row::view);
	}

	List<PaymentView> forOrder(OrderId order) {
		return store.forOrder(order).stream().map(PaymentStore.Row::view).toList();
	}

	private Collections provider(Provider provider) {
		Collections collections = providers.get(provider);
		if (collections == null) {
			throw new InvalidInput("provider", "Provider " + provider + " is not configured");
		}
		return collections;
	}

	private Row row(UUID id) {
		return store.find(id).orElseThrow(() -> NotFound.of("Payment", id));
	}

	private Optional<Row> byReference(UUID referenceId) {
		return store.byReference(referenceId);
	}

}
