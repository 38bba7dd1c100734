package org.isoko.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.isoko.catalog.Stock;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.ordering.OrderView.Relation;
import org.isoko.ordering.demo.DemoPaymentStep;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Msisdn;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.trade.CrossBorderQuota;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads orders for the people entitled to see them and applies their status changes. Who
 * may see an order: its buyer, the seller organisation, hub operators of its origin or
 * destination hub, admins; everyone else gets 404 (we do not tell strangers which orders
 * exist). Who may change it is decided per action below; the order itself decides whether
 * its current state allows the change.
 */
@Service
public class OrderManagement {

	private static final Logger LOG = LoggerFactory.getLogger(OrderManagement.class);

	static final String COMPLETION_REASON = "Completed on the buyer's confirmation of delivery: escrow is released to the seller";

	private final OrderStore store;

	private final Stock stock;

	private final IdempotencyRecords idempotency;

	private final List<PaymentStep> paymentSteps;

	private final CrossBorderQuota quota;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<ReturnedUnits> returnedUnits;

	private final PaymentSettlements settlements;

	private final Duration paymentGrace;

	OrderManagement(OrderStore store, Stock stock, IdempotencyRecords idempotency, List<PaymentStep> paymentSteps,
			CrossBorderQuota quota, ApplicationEventPublisher events, Clock clock, List<ReturnedUnits> returnedUnits,
			PaymentSettlements settlements, @Value("${isoko.ordering.payment-grace:15m}") Duration paymentGrace) {
		this.returnedUnits = returnedUnits;
		this.settlements = settlements;
		this.paymentGrace = paymentGrace;
		this.store = store;
		this.stock = stock;
		this.idempotency = idempotency;
		this.paymentSteps = paymentSteps;
		this.quota = quota;
		this.events = events;
		this.clock = clock;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public OrderView view(CurrentUser user, OrderId id) {
		Order order = store.find(id).orElseThrow(() -> NotFound.of("Order", id));
		Relation relation = relation(user, order).orElseThrow(() -> NotFound.of("Order", id));
		return new OrderView(order, store.history(id), relation);
	}

	/**
	 * Which orders a list shows, by the perspective asked for: the caller's own, their
	 * organisation's sales, their hub's.
	 */
	public enum Scope {

		BUYER, SELLER, HUB

	}

	@Transactional(readOnly = true)
	public PageOf<OrderSummary> list(CurrentUser user, Scope scope, OrderFilter filters, PageRequest page) {
		OrderFilter filter;
		switch (scope) {
			case SELLER:
				if (!user.has(Role.SELLER)) {
					throw new AccessDeniedException("Only sellers have an order inbox");
				}
				filter = new OrderFilter(null, user.organisationId(), null, filters.status(), null, filters.corridor(),
						filters.from(), filters.to());
				break;
			case HUB:
				if (!user.isAdmin() && !user.has(Role.HUB_OPERATOR)) {
					throw new AccessDeniedException("Only hub operators see a hub's orders");
				}
				filter = new OrderFilter(null, null, user.isAdmin() ? null : user.hub(), filters.status(),
						filters.seller(), filters.corridor(), filters.from(), filters.to());
				break;
			default:
				filter = new OrderFilter(user.id(), null, null, filters.status(), filters.seller(), filters.corridor(),
						filters.from(), filters.to());
		}
		if (filters.from() != null && filters.to() != null && filters.to().isBefore(filters.from())) {
			throw new InvalidInput("to", "to (" + filters.to() + ") must not be before from (" + filters.from() + ")");
		}
		return store.search(filter, page);
	}

	/**
	 * The sellers a hub operator's order list can be filtered by (admins: every hub's).
	 */
	@Transactional(readOnly = true)
	public List<SellerName> sellersToFilterBy(CurrentUser user) {
		if (!user.isAdmin() && !user.has(Role.HUB_OPERATOR)) {
			throw new AccessDeniedException("Only hub operators see a hub's orders");
		}
		return store.sellersOf(user.isAdmin() ? null : user.hub());
	}

	/**
	 * The default list of the API: admins and hub operators see the hub's, sellers their
	 * sales, everyone else their purchases.
	 */
	public static Scope defaultScope(CurrentUser user) {
		if (user.isAdmin() || user.has(Role.HUB_OPERATOR)) {
			return Scope.HUB;
		}
		return user.has(Role.SELLER) ? Scope.SELLER : Scope.BUYER;
	}

	static Optional<Relation> relation(CurrentUser user, Order order) {
		if (order.buyer().equals(user.id())) {
			return Optional.of(Relation.BUYER);
		}
		if (user.has(Role.SELLER) && user.organisationId().equals(order.seller())) {
			return Optional.of(Relation.SELLER);
		}
		if (user.isAdmin()) {
			return Optional.of(Relation.ADMIN);
		}
		if (user.has(Role.HUB_OPERATOR) && (user.operates(order.origin()) || user.operates(order.destination()))) {
			return Optional.of(Relation.HUB);
		}
		return Optional.empty();
	}

	// ---- changes

	@Transactional
	public Order accept(CurrentUser user, OrderId id) {
		return change(user, id, Relation.SELLER, "accept", (order, actor, now) -> order.accept(actor, now));
	}

	@Transactional
	public Order decline(CurrentUser user, OrderId id, @Nullable String reason) {
		return change(user, id, Relation.SELLER, "decline", (order, actor, now) -> order.decline(reason, actor, now));
	}

	@Transactional
	public Order ship(CurrentUser user, OrderId id, @Nullable String carrier, @Nullable String trackingNumber) {
		return change(user, id, Relation.SELLER, "ship",
				(order, actor, now) -> order.ship(carrier, trackingNumber, actor, now));
	}

	/**
	 * Buyers cancel before the seller accepts (PLACED, PAID); sellers cancel an order
	 * they accepted but cannot ship.
	 */
	@Transactional
	public Order cancel(CurrentUser user, OrderId id, @Nullable String reason) {
		Order order = load(user, id);
		Relation relation = relation(user, order).orElseThrow();
		if (relation == Relation.BUYER) {
			if (order.status() != OrderStatus.PLACED && order.status() != OrderStatus.PAID) {
				throw new IllegalTransition("Order " + order.number() + " is " + order.status()
						+ ": buyers can cancel only before the seller accepts (PLACED or PAID)");
			}
		}
		else if (relation == Relation.SELLER) {
			if (order.status() != OrderStatus.ACCEPTED) {
				throw new IllegalTransition("Order " + order.number() + " is " + order.status()
						+ ": sellers cancel only accepted orders they cannot ship; decline PLACED or PAID orders instead");
			}
		}
		else {
			throw new AccessDeniedException("Only the buyer or the seller of an order can cancel it");
		}
		return apply(order, Actor.of(user), (o, actor, now) -> o.cancel(reason, actor, now));
	}

	/**
	 * The buyer confirms delivery; completion follows at once and releases the escrowed
	 * payment (payments module).
	 */
	@Transactional
	public Order confirmDelivery(CurrentUser user, OrderId id) {
		return change(user, id, Relation.BUYER, "confirm delivery of", (order, actor, now) -> {
			if (order.status() != OrderStatus.DELIVERED) { // the carrier may have
															// delivered it already
				order.confirmDelivery(actor, now);
			}
			order.complete(Actor.SYSTEM, now, COMPLETION_REASON);
		});
	}

	/**
	 * The result of a payment request, as the API answers it.
	 *
	 * @param replayed whether this answers a replayed Idempotency-Key (the first
	 * payment), not a payment started now
	 */
	public record PaymentOutcome(Order order, PaymentStep.Attempt attempt, boolean replayed) {

		public PaymentOutcome(Order order, PaymentStep.Attempt attempt) {
			this(order, attempt, false);
		}

	}

	/**
	 * Starts paying an order with a {@link PaymentStep}; the Idempotency-Key is claimed
	 * in the same transaction (see {@link IdempotencyRecords}). The step only records the
	 * payment here; {@link IdempotentOrdering} sends it once this transaction committed.
	 * While the payer approves, the reservation is held for {@code payment-grace} more,
	 * so a buyer who pays in time does not lose the units to the expiry job.
	 */
	@Transactional
	public PaymentOutcome pay(CurrentUser user, OrderId id, PaymentStep step, String key, @Nullable Msisdn phone) {
		Order order = load(user, id);
		if (relation(user, order).orElseThrow() != Relation.BUYER) {
			throw new AccessDeniedException("Only the buyer of an order can pay it");
		}
		idempotency.claim(user.id(), payOperation(id), key, payHash(step, phone), id, clock.instant());
		Instant now = clock.instant();
		if (order.status() != OrderStatus.PLACED) {
			throw new IllegalTransition(order.number(), order.status(), "paid");
		}
		if (order.isExpiredAt(now)) {
			order.pay(step.provider(), Actor.of(user), now); // throws: the reservation
																// expired
		}
		if (!step.accepts(order.total().currency())) {
			throw new InvalidInput("provider", step.provider() + " does not take " + order.total().currency()
					+ "; available for this order: " + providers(order.total().currency()));
		}
		if (step.needsPhone() && phone == null) {
			throw new InvalidInput("phone", "Your mobile-money number is needed, e.g. +250788123456");
		}
		PaymentStep.Attempt attempt = step.start(new PaymentStep.Request(id, order.number(), order.total(), user.id(),
				order.seller(), order.origin(), order.destination(), phone, key));
		if (attempt.settled()) {
			settlements.record(attempt.id(), id, null, now);
			apply(order, Actor.of(user), (o, actor, at) -> o.pay(step.provider(), actor, at));
		}
		else {
			store.holdReservation(id, now.plus(paymentGrace));
		}
		return new PaymentOutcome(order, attempt);
	}

	static String payOperation(OrderId id) {
		return "pay:" + id;
	}

	static String payHash(PaymentStep step, @Nullable Msisdn phone) {
		return IdempotencyRecords.hash(step.provider() + "|" + (phone == null ? "" : phone.value()));
	}

	/** The step buyers asked for, among those offered. */
	public PaymentStep step(@Nullable String provider) {
		if (provider == null || provider.isBlank()) {
			throw new InvalidInput("provider", "provider is required; available: " + providers(null));
		}
		return offeredSteps().filter(s -> s.provider().equalsIgnoreCase(provider.trim()))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("provider",
					"Unknown payment provider '" + provider + "'; available: " + providers(null)));
	}

	/** The steps a buyer paying in {@code currency} can choose from. */
	public List<PaymentStep> steps(CurrencyCode currency) {
		return offeredSteps().filter(s -> s.accepts(currency))
			.sorted(Comparator.comparing(s -> s instanceof DemoPaymentStep))
			.toList();
	}

	private Stream<PaymentStep> offeredSteps() {
		return paymentSteps.stream().filter(PaymentStep::offered);
	}

	private String providers(@Nullable CurrencyCode currency) {
		String names = offeredSteps().filter(s -> currency == null || s.accepts(currency))
			.map(PaymentStep::provider)
			.collect(Collectors.joining(", "));
		return names.isEmpty() ? "none" : names;
	}

	/**
	 * A provider confirmed a payment: the order becomes PAID at the time of the
	 * confirmation, or, when it cannot take the money any more, the payment is refused
	 * and the payments module gives it back. Each payment is applied once.
	 */
	@Transactional
	void settle(PaymentSettled payment) {
		if (settlements.known(payment.payment())) {
			return; // a redelivered event
		}
		Optional<Order> found = store.find(payment.orderId());
		Instant now = clock.instant();
		if (found.isEmpty()) {
			// Orders are never deleted, so only a payment made outside ordering can get
			// here: it stays in escrow, where
			// the operator's reconciliation shows it, rather than being paid back to
			// someone we cannot check.
			LOG.error("Payment {} of {} names no order ({}); left in escrow for the operator", payment.payment(),
					payment.amount(), payment.orderId());
			settlements.record(payment.payment(), payment.orderId(), "There is no order " + payment.orderId(), now);
			return;
		}
		String refusal = refusal(found.get(), payment);
		settlements.record(payment.payment(), payment.orderId(), refusal, now);
		if (refusal != null) {
			events.publishEvent(
					new OrderPaymentRefused(payment.orderId(), payment.payment(), payment.amount(), refusal, now));
			return;
		}
		Actor provider = new Actor(null, payment.providerName() + " (payment provider)");
		apply(found.get(), provider,
				(order, actor, at) -> order.pay(payment.providerName(), actor, payment.confirmedAt()));
	}

	/**
	 * Escrow gave back everything the buyer paid. A cancelled or declined order becomes
	 * REFUNDED. A paid order its seller or hub operator refunded in full before shipping
	 * is cancelled first (its stock and quota return). Anything else (an order that was
	 * never paid, or one on its way) keeps its status.
	 */
	@Transactional
	void refundedInFull(OrderId id, Instant at) {
		Optional<Order> found = store.find(id);
		if (found.isEmpty() || !found.get().isPaid()) {
			return; // a refused payment of an unpaid or expired order: the order has
					// nothing to record
		}
		Order order = found.get();
		if (order.status() == OrderStatus.PAID || order.status() == OrderStatus.ACCEPTED) {
			apply(order, Actor.SYSTEM, (o, actor, now) -> o.cancel("Refunded in full before shipping", actor, now));
			order = store.find(id).orElseThrow(); // fresh version and no pending events
													// for the next change
		}
		if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.DECLINED) {
			apply(order, Actor.SYSTEM, (o, actor, now) -> o.refund(actor, now));
		}
		else if (order.status() != OrderStatus.REFUNDED) {
			LOG.warn("Order {} was refunded in full while {}; its status stays", order.number(), order.status());
		}
	}

	/** Why the order cannot take this payment, or null when it can. */
	private static @Nullable String refusal(Order order, PaymentSettled payment) {
		if (order.status() != OrderStatus.PLACED) {
			return "Order " + order.number() + " was " + order.status() + " when the payment was confirmed";
		}
		if (!order.total().equals(payment.amount())) {
			return "The payment of " + payment.amount() + " does not match the order total " + order.total();
		}
		if (order.isExpiredAt(payment.confirmedAt())) {
			return "The reservation of order " + order.number() + " expired at " + order.expiresAt()
					+ ", before the payment was confirmed";
		}
		return null;
	}

	/**
	 * The reservation expiry: claims one due order (conditional update) and gives its
	 * stock back.
	 */
	@Transactional
	public boolean expire(OrderId id) {
		Optional<Order> found = store.find(id);
		Instant now = clock.instant();
		if (found.isEmpty() || !found.get().isExpiredAt(now)) {
			return false;
		}
		apply(found.get(), Actor.SYSTEM, (order, actor, at) -> order.expire(at));
		return true;
	}

	interface Change {

		void apply(Order order, Actor actor, Instant now);

	}

	private Order change(CurrentUser user, OrderId id, Relation required, String action, Change change) {
		Order order = load(user, id);
		if (relation(user, order).orElseThrow() != required) {
			throw new AccessDeniedException(
					"Only the " + required.name().toLowerCase() + " of an order can " + action + " it");
		}
		return apply(order, Actor.of(user), change);
	}

	private Order load(CurrentUser user, OrderId id) {
		Order order = store.find(id).orElseThrow(() -> NotFound.of("Order", id));
		relation(user, order).orElseThrow(() -> NotFound.of("Order", id));
		return order;
	}

	private Order apply(Order order, Actor actor, Change change) {
		OrderStatus before = order.status();
		change.apply(order, actor, clock.instant());
		store.update(order, before);
		// Units reserved through another module (a drop's) go back there; the others to
		// their lots.
		if (order.returnsStock(before) && returnedUnits.stream().noneMatch(r -> r.takeBack(order))) {
			order.lines().forEach(line -> stock.release(line.lot(), line.quantity()));
		}
		if (order.returnsQuota(before)) {
			// Same transaction as the state change; idempotent, and a no-op for orders
			// that never counted against a quota.
			quota.restore(order.id().value());
		}
		order.events().forEach(events::publishEvent);
		return order;
	}

}
