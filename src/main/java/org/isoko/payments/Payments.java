package org.isoko.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.isoko.shared.Conflict;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.shared.NotFound;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
class Payments {

	private static final Logger LOG = LoggerFactory.getLogger(Payments.class);

	private final JdbcClient jdbc;

	private final Map<Provider, Collections> providers;

	private final Escrow escrow;

	private final ProviderAddresses addresses;

	private final PaymentsSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final PollSchedule schedule;

	Payments(JdbcClient jdbc, List<Collections> providers, Escrow escrow, ProviderAddresses addresses,
			PaymentsSettings settings, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			PollSchedule schedule) {
		this.schedule = schedule;
		this.jdbc = jdbc;
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
	record Collect(String order, Money amount, Provider provider, @Nullable Msisdn payer, @Nullable UserId payerUser,
			@Nullable String idempotencyKey, @Nullable OrganisationId seller, @Nullable HubCode origin,
			@Nullable HubCode destination) {

		Collect(String order, Money amount, Provider provider, @Nullable Msisdn payer, @Nullable UserId payerUser) {
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
			jdbc.sql(
					"""
							INSERT INTO payments_payment (id, reference_id, provider, order_ref, open_order_ref, payer_user_id, payer, amount_minor,
							  currency, status, idempotency_key, seller_org_id, origin_hub, destination_hub, created_at, updated_at, next_poll_at)
							VALUES (:id, :reference, :provider, :order, :order, :user, :payer, :amount, :currency, 'CREATED', :key, :seller, :origin,
							  :destination, :now, :now, :poll)""")
				.param("id", id)
				.param("reference", UUID.randomUUID())
				.param("provider", collect.provider().name())
				.param("order", collect.order())
				.param("user", collect.payerUser() == null ? null : collect.payerUser().value())
				.param("payer", collect.payer() == null ? null : collect.payer().value())
				.param("amount", collect.amount().minorUnits())
				.param("currency", collect.amount().currency().value())
				.param("key", collect.idempotencyKey())
				.param("seller", collect.seller() == null ? null : collect.seller().value())
				.param("origin", collect.origin() == null ? null : collect.origin().value())
				.param("destination", collect.destination() == null ? null : collect.destination().value())
				.param("now", SqlTimes.utc(now))
				.param("poll", SqlTimes.utc(now.plus(settings.poll().staleAfter())))
				.update();
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
		if (row.status != PaymentStatus.CREATED) {
			return row.view();
		}
		try {
			NextStep next = provider(row.provider).request(row.referenceId, row.amount,
					row.payer == null ? null : Msisdn.of(row.payer), row.order, callbackUrl(row));
			Instant now = clock.instant();
			jdbc.sql(
					"""
							UPDATE payments_payment SET status = 'PENDING', next_action = :kind, redirect_url = :redirect, qr_payload = :qr,
							  updated_at = :now, next_poll_at = :poll WHERE id = :id AND status = 'CREATED'""")
				.param("kind", next.kind().name())
				.param("redirect", next.redirectUrl())
				.param("qr", next.qrPayload())
				.param("now", SqlTimes.utc(now))
				.param("poll", SqlTimes.utc(now.plus(settings.poll().firstAfter())))
				.param("id", id)
				.update();
		}
		catch (ProviderUnavailable e) {
			LOG.warn("Payment {} stays CREATED, the recovery job will resend it: {}", id, e.getMessage());
		}
		return row(id).view();
	}

	private String callbackUrl(Row row) {
		return row.provider == Provider.MOMO ? addresses.callbacks() + "/momo/collections/" + row.referenceId
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
						status.currency(), row.id, row.amount);
				return false;
			}
			// A failed payment frees the order for another attempt (open_order_ref =
			// NULL); a successful one keeps it taken.
			int updated = jdbc
				.sql("""
						UPDATE payments_payment SET status = :status, reason = :reason, provider_transaction_id = :transaction, updated_at = :now,
						  open_order_ref = CASE WHEN :failed THEN NULL ELSE open_order_ref END
						WHERE id = :id AND status IN ('CREATED', 'PENDING')""")
				.param("status", status.state().name())
				.param("failed", status.state() == ProviderStatus.State.FAILED)
				.param("reason", status.reason())
				.param("transaction", status.transactionId())
				.param("now", SqlTimes.utc(now))
				.param("id", row.id)
				.update();
			if (updated == 0) {
				return false;
			}
			if (status.state() == ProviderStatus.State.SUCCESSFUL) {
				escrow.capture("capture:" + row.id, row.provider, row.order, row.amount, now);
				events.publishEvent(new PaymentSucceeded(row.id, row.order, row.amount, row.provider, now));
			}
			else {
				events.publishEvent(new PaymentFailed(row.id, row.order, row.provider, status.reason()));
			}
			return true;
		});
		return Boolean.TRUE.equals(changed);
	}

	/**
	 * Asks the provider about one payment (callback trigger, polling, recovery) and
	 * applies the answer.
	 */
	boolean refresh(UUID referenceId) {
		Row row = byReference(referenceId).orElseThrow(() -> NotFound.of("Payment reference", referenceId));
		if (row.status.isFinal()) {
			return false;
		}
		Optional<ProviderStatus> status = provider(row.provider).status(referenceId);
		if (status.isEmpty()) {
			if (row.status == PaymentStatus.CREATED) {
				send(row.id); // crashed before the request left: send it now, same
								// reference id
			}
			return false;
		}
		if (row.status == PaymentStatus.CREATED) {
			// crashed after the provider accepted it but before we noted that
			jdbc.sql("UPDATE payments_payment SET status = 'PENDING' WHERE id = :id AND status = 'CREATED'")
				.param("id", row.id)
				.update();
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
			return Money.of(status.amount(), status.currency()).equals(row.amount);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	PaymentView view(UUID id) {
		return row(id).view();
	}

	Optional<PaymentView> byReferenceId(UUID referenceId) {
		return byReference(referenceId).map(Row::view);
	}

	/** The payment a buyer's pay request with this Idempotency-Key started. */
	Optional<PaymentView> byKey(String order, String idempotencyKey) {
		return jdbc.sql("SELECT * FROM payments_payment WHERE order_ref = :order AND idempotency_key = :key")
			.param("order", order)
			.param("key", idempotencyKey)
			.query(Payments::map)
			.optional()
			.map(Row::view);
	}

	List<PaymentView> forOrder(String order) {
		return jdbc.sql("SELECT * FROM payments_payment WHERE order_ref = :order ORDER BY created_at")
			.param("order", order)
			.query(Payments::map)
			.list()
			.stream()
			.map(Row::view)
			.toList();
	}

	private Collections provider(Provider provider) {
		Collections collections = providers.get(provider);
		if (collections == null) {
			throw new InvalidInput("provider", "Provider " + provider + " is not configured");
		}
		return collections;
	}

	private Row row(UUID id) {
		return jdbc.sql("SELECT * FROM payments_payment WHERE id = :id")
			.param("id", id)
			.query(Payments::map)
			.optional()
			.orElseThrow(() -> NotFound.of("Payment", id));
	}

	private Optional<Row> byReference(UUID referenceId) {
		return jdbc.sql("SELECT * FROM payments_payment WHERE reference_id = :reference")
			.param("reference", referenceId)
			.query(Payments::map)
			.optional();
	}

	record Row(UUID id, UUID referenceId, Provider provider, String order, @Nullable String payer, Money amount,
			PaymentStatus status, @Nullable String reason, @Nullable String nextAction, @Nullable String redirectUrl,
			@Nullable String qrPayload, Instant createdAt, Instant updatedAt, int pollAttempts) {

		PaymentView view() {
			NextStep next = status != PaymentStatus.PENDING || nextAction == null ? NextStep.none()
					: new NextStep(NextStep.Kind.valueOf(nextAction), redirectUrl, qrPayload);
			return new PaymentView(id, order, provider, amount, status, reason, next, createdAt, updatedAt);
		}
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("reference_id", UUID.class),
				Provider.valueOf(rs.getString("provider")), rs.getString("order_ref"), rs.getString("payer"),
				Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
				PaymentStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("next_action"),
				rs.getString("redirect_url"), rs.getString("qr_payload"), SqlTimes.instant(rs, "created_at"),
				SqlTimes.instant(rs, "updated_at"), rs.getInt("poll_attempts"));
	}

}
