package org.isoko.ordering;

import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;

/**
 * How an order gets paid: one implementation per provider, contributed by the payments
 * module (mobile money, wallet). Paying is two steps so that nothing leaves this server
 * before it is recorded: {@link #start} runs inside the order's transaction and only
 * records the payment; {@link #send} runs after that transaction committed and calls the
 * provider. The provider's confirmation reaches ordering later as a
 * {@link PaymentSettled} event, which makes the order PAID.
 */
public interface PaymentStep {

	/** The provider name clients send, e.g. "MOMO". */
	String provider();

	/**
	 * Whether buyers may choose it (the demo step is only for demo data and tests unless
	 * switched on).
	 */
	default boolean offered() {
		return true;
	}

	/** Whether the provider takes payments in this currency. */
	default boolean accepts(CurrencyCode currency) {
		return true;
	}

	/** Whether the payer's mobile-money number is needed. */
	default boolean needsPhone() {
		return false;
	}

	/**
	 * Inside the order's transaction: records the payment; nothing is sent yet. Throws
	 * when it cannot be started.
	 */
	Attempt start(Request request);

	/**
	 * After the order's transaction committed: sends the recorded payment to the
	 * provider.
	 */
	Attempt send(Attempt started);

	/** What to collect, for which order (sold by whom, between which hubs), from whom. */
	record Request(OrderId order, String orderNumber, Money amount, UserId buyer, OrganisationId seller, HubCode origin,
			HubCode destination, @Nullable Msisdn phone, String idempotencyKey) {
	}

	/**
	 * A payment of an order as the buyer follows it.
	 *
	 * @param status where the payment stands
	 * @param settled true when the money is in already and the order can be marked PAID
	 * at once (demo step)
	 * @param next what the buyer must do now
	 */
	record Attempt(UUID id, String provider, Money amount, AttemptStatus status, @Nullable String reason,
			boolean settled, NextAction next, Instant createdAt) {

		public boolean isOpen() {
			return status == AttemptStatus.CREATED || status == AttemptStatus.PENDING;
		}

		public boolean isFailed() {
			return status == AttemptStatus.FAILED;
		}
	}

	/** Where a payment of an order stands. */
	enum AttemptStatus {

		/** Recorded, not yet sent to the provider. */
		CREATED,
		/** Sent; waiting for the payer or the provider. */
		PENDING, SUCCESSFUL, FAILED

	}

	/**
	 * What the buyer must do next; {@code redirectUrl} and {@code qrPayload} only to
	 * REDIRECT.
	 */
	record NextAction(Kind kind, @Nullable String redirectUrl, @Nullable String qrPayload) {

		public static final NextAction NONE = new NextAction(Kind.NONE, null, null);

		public static final NextAction WAIT = new NextAction(Kind.WAIT, null, null);

		/**
		 * The kinds of next step; their names are what the API's {@code nextAction} says.
		 */
		public enum Kind {

			/** Approve the mobile-money prompt on the payer's phone. */
			APPROVE_ON_PHONE,
			/** Open {@code redirectUrl} or scan {@code qrPayload} (the wallet). */
			REDIRECT,
			/** Sent; the provider has not answered yet. */
			WAIT,
			/** Nothing to do. */
			NONE

		}

	}

}
