package org.isoko.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.ordering.OrderId;
import org.isoko.shared.Conflict;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Full and partial refunds that people ask for before the order's money is released: the
 * order's seller organisation (the seller of its provider payment), hub operators and
 * admins. One transaction records the {@code Idempotency-Key}, moves the amount from
 * escrow to the buyer's refund payable and stores the refund with its hold; the provider
 * is called after it committed. Refused requests change nothing: a replayed key answers
 * the first refund, the same key with another request is a conflict, an amount above what
 * escrow still holds is refused by the escrow itself.
 */
@Service
public class RefundRequests {

	static final int MAX_REASON = 500;

	private final PaymentStore payments;

	private final Escrow escrow;

	private final BuyerRefunds refunds;

	private final IdempotencyKeys idempotency;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RefundRequests(PaymentStore payments, Escrow escrow, BuyerRefunds refunds, IdempotencyKeys idempotency,
			TransactionTemplate transactions, Clock clock) {
		this.payments = payments;
		this.escrow = escrow;
		this.refunds = refunds;
		this.idempotency = idempotency;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * A refund and whether this request created it (false: a replay of the same
	 * Idempotency-Key).
	 */
	public record Requested(BuyerRefundView refund, boolean created) {
	}

	/**
	 * What the refund form shows: how the order was paid and what escrow still holds
	 * (null paid: not paid through a provider).
	 */
	record Refundable(OrderId order, @Nullable Money paid, @Nullable Provider provider, @Nullable Money held) {

		boolean isPaid() {
			return paid != null;
		}
	}

	public Requested request(CurrentUser user, OrderId order, @Nullable BigDecimal amountValue,
			@Nullable String currencyCode, @Nullable String reasonText, @Nullable String key) {
		List<PaymentStore.Parties> payments = visible(user, order);
		if (!mayRefund(user, payments)) {
			throw new AccessDeniedException("Only the order's seller, hub operators and admins give refunds");
		}
		IdempotencyKeys.requireValid(key);
		Money amount = amount(amountValue, currencyCode);
		String reason = reason(reasonText);
		PaymentStore.Parties paid = paid(payments).orElseThrow(() -> new Conflict("Order " + order
				+ " is not paid through a payment provider (or its payment is still open): there is nothing to refund"));
		if (!paid.amount().currency().equals(amount.currency())) {
			throw new InvalidInput("currency",
					"Order " + order + " was paid in " + paid.amount().currency() + "; refund it in that currency");
		}
		String hash = IdempotencyKeys.hash(order + "|" + amount.minorUnits() + "|" + amount.currency() + "|" + reason);
		boolean[] created = { false };
		UUID id = transactions.execute(tx -> idempotency.resolve("refund:order:" + order, key, hash, () -> {
			created[0] = true;
			String refundKey = "refund:request:" + UUID.randomUUID();
			escrow.refund(refundKey, order, amount, clock.instant()); // refuses above
																		// what escrow
																		// holds, or when
																		// it holds
																		// nothing
			return refunds.prepare(new BuyerRefunds.Due(order, amount, refundKey, user.id(), reason));
		}));
		return new Requested(created[0] ? refunds.send(id) : refunds.view(id), created[0]);
	}

	public PageOf<BuyerRefundView> list(CurrentUser user, OrderId order, PageRequest page) {
		visible(user, order);
		return refunds.page(order, page);
	}

	public BuyerRefundView one(CurrentUser user, OrderId order, UUID id) {
		visible(user, order);
		BuyerRefundView refund = refunds.view(id);
		if (!refund.order().equals(order)) {
			throw NotFound.of("Refund", id);
		}
		return refund;
	}

	public Refundable refundable(CurrentUser user, OrderId order) {
		List<PaymentStore.Parties> payments = visible(user, order);
		if (!mayRefund(user, payments)) {
			throw new AccessDeniedException("Only the order's seller, hub operators and admins give refunds");
		}
		return paid(payments)
			.map(p -> new Refundable(order, p.amount(), p.provider(), escrow.held(order, p.amount().currency())))
			.orElse(new Refundable(order, null, null, null));
	}

	/**
	 * The order's payments, if the caller may see them: its seller, its payer, hub
	 * operators, admins; 404 for everyone else.
	 */
	private List<PaymentStore.Parties> visible(CurrentUser user, OrderId order) {
		List<PaymentStore.Parties> payments = this.payments.parties(order);
		boolean visible = staff(user, payments) || payments.stream()
			.anyMatch(p -> user.organisationId().value().equals(p.seller()) || user.id().value().equals(p.payerUser()));
		if (payments.isEmpty() || !visible) {
			throw NotFound.of("Order", order); // strangers learn nothing, not even that
												// the order exists
		}
		return payments;
	}

	private static boolean mayRefund(CurrentUser user, List<PaymentStore.Parties> payments) {
		return staff(user, payments)
				|| payments.stream().anyMatch(p -> user.organisationId().value().equals(p.seller()));
	}

	/** Admins, and operators of a hub the order leaves from or goes to. */
	private static boolean staff(CurrentUser user, List<PaymentStore.Parties> payments) {
		return user.isAdmin() || user.has(Role.HUB_OPERATOR) && payments.stream()
			.anyMatch(p -> p.origin() != null && user.operates(p.origin())
					|| p.destination() != null && user.operates(p.destination()));
	}

	private static Optional<PaymentStore.Parties> paid(List<PaymentStore.Parties> payments) {
		return payments.stream().filter(p -> p.status() == PaymentStatus.SUCCESSFUL).findFirst();
	}

	static Money amount(@Nullable BigDecimal amount, @Nullable String currency) {
		if (currency == null || currency.isBlank()) {
			throw new InvalidInput("currency", "currency is required, e.g. CNY or RWF");
		}
		CurrencyCode code;
		try {
			code = CurrencyCode.of(currency);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("currency", e.getMessage());
		}
		if (amount == null) {
			throw new InvalidInput("amount", "amount is required, e.g. 12.50");
		}
		Money money;
		try {
			money = Money.of(amount, code);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("amount", e.getMessage());
		}
		if (!money.isPositive()) {
			throw new InvalidInput("amount", "amount must be more than zero, got " + money);
		}
		return money;
	}

	static String reason(@Nullable String reason) {
		String trimmed = reason == null ? "" : reason.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInput("reason", "Say why the buyer gets money back (the buyer and the hub see it)");
		}
		if (trimmed.length() > MAX_REASON) {
			throw new InvalidInput("reason",
					"reason must be at most " + MAX_REASON + " characters, got " + trimmed.length());
		}
		return trimmed;
	}

}
