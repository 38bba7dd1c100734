package org.isoko.ordering;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.isoko.catalog.Stock;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.ordering.OrderView.Relation;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.trade.CrossBorderQuota;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads orders for the people entitled to see them and applies their status changes. Who may see an order: its buyer,
 * the seller organisation, hub operators of its origin or destination hub, admins; everyone else gets 404 (we do not
 * tell strangers which orders exist). Who may change it is decided per action below; the order itself decides
 * whether its current state allows the change.
 */
@Service
class OrderManagement {

	static final String COMPLETION_PLACEHOLDER = "Completed on the buyer's confirmation of delivery (escrow release arrives with the payments module)";

	private final OrderStore store;
	private final Stock stock;
	private final IdempotencyRecords idempotency;
	private final List<PaymentStep> paymentSteps;
	private final CrossBorderQuota quota;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final DropStockReturn dropStock;

	OrderManagement(OrderStore store, Stock stock, IdempotencyRecords idempotency, List<PaymentStep> paymentSteps,
			CrossBorderQuota quota, ApplicationEventPublisher events, Clock clock, DropStockReturn dropStock) {
		this.dropStock = dropStock;
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
	OrderView view(CurrentUser user, OrderId id) {
		Order order = store.find(id).orElseThrow(() -> NotFound.of("Order", id));
		Relation relation = relation(user, order).orElseThrow(() -> NotFound.of("Order", id));
		return new OrderView(order, store.history(id), relation);
	}

	/** Which orders a list shows, by the perspective asked for: the caller's own, their organisation's sales, their hub's. */
	enum Scope {
		BUYER, SELLER, HUB
	}

	@Transactional(readOnly = true)
	PageOf<OrderSummary> list(CurrentUser user, Scope scope, OrderFilter filters, PageRequest page) {
		OrderFilter filter;
		switch (scope) {
			case SELLER:
				if (!user.has(Role.SELLER)) {
					throw new AccessDeniedException("Only sellers have an order inbox");
				}
				filter = new OrderFilter(null, user.organisationId(), null, filters.status(), null, filters.corridor(), filters.from(),
						filters.to());
				break;
			case HUB:
				if (!user.isAdmin() && !user.has(Role.HUB_OPERATOR)) {
					throw new AccessDeniedException("Only hub operators see a hub's orders");
				}
				filter = new OrderFilter(null, null, user.isAdmin() ? null : user.hub(), filters.status(), filters.seller(), filters.corridor(),
						filters.from(), filters.to());
				break;
			default:
				filter = new OrderFilter(user.id(), null, null, filters.status(), filters.seller(), filters.corridor(), filters.from(),
						filters.to());
		}
		if (filters.from() != null && filters.to() != null && filters.to().isBefore(filters.from())) {
			throw new InvalidInput("to", "to (" + filters.to() + ") must not be before from (" + filters.from() + ")");
		}
		return store.search(filter, page);
	}

	/** The default list of the API: admins and hub operators see the hub's, sellers their sales, everyone else their purchases. */
	static Scope defaultScope(CurrentUser user) {
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
	Order accept(CurrentUser user, OrderId id) {
		return change(user, id, Relation.SELLER, "accept", (order, actor, now) -> order.accept(actor, now));
	}

	@Transactional
	Order decline(CurrentUser user, OrderId id, @Nullable String reason) {
		return change(user, id, Relation.SELLER, "decline", (order, actor, now) -> order.decline(reason, actor, now));
	}

	@Transactional
	Order ship(CurrentUser user, OrderId id, @Nullable String carrier, @Nullable String trackingNumber) {
		return change(user, id, Relation.SELLER, "ship", (order, actor, now) -> order.ship(carrier, trackingNumber, actor, now));
	}

	/** Buyers cancel before the seller accepts (PLACED, PAID); sellers cancel an order they accepted but cannot ship. */
	@Transactional
	Order cancel(CurrentUser user, OrderId id, @Nullable String reason) {
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

	/** The buyer confirms delivery; until the payments module releases escrow, completion follows at once. */
	@Transactional
	Order confirmDelivery(CurrentUser user, OrderId id) {
		return change(user, id, Relation.BUYER, "confirm delivery of", (order, actor, now) -> {
			order.confirmDelivery(actor, now);
			order.complete(Actor.SYSTEM, now, COMPLETION_PLACEHOLDER);
		});
	}

	/** The result of a payment request, as the API answers it. */
	record PaymentOutcome(Order order, String provider, String nextAction) {
	}

	/** Pays with a {@link PaymentStep}; the key is claimed in the same transaction (see {@link IdempotencyRecords}). */
	@Transactional
	PaymentOutcome pay(CurrentUser user, OrderId id, @Nullable String provider, String key) {
		PaymentStep step = step(provider);
		Order order = load(user, id);
		if (relation(user, order).orElseThrow() != Relation.BUYER) {
			throw new AccessDeniedException("Only the buyer of an order can pay it");
		}
		idempotency.claim(user.id(), payOperation(id), key, IdempotencyRecords.hash(step.provider()), id, clock.instant());
		Instant now = clock.instant();
		if (order.status() != OrderStatus.PLACED) {
			throw new IllegalTransition(order.number(), order.status(), "paid");
		}
		if (order.isExpiredAt(now)) {
			order.pay(step.provider(), Actor.of(user), now); // throws: the reservation expired
		}
		PaymentStep.Result result = step.start(id, order.total(), key);
		if (result.settled()) {
			apply(order, Actor.of(user), (o, actor, at) -> o.pay(step.provider(), actor, at));
		}
		return new PaymentOutcome(order, step.provider(), result.nextAction());
	}

	static String payOperation(OrderId id) {
		return "pay:" + id;
	}

	PaymentStep step(@Nullable String provider) {
		if (provider == null || provider.isBlank()) {
			throw new InvalidInput("provider", "provider is required; available: " + providers());
		}
		return paymentSteps.stream().filter(s -> s.provider().equalsIgnoreCase(provider.trim())).findFirst()
				.orElseThrow(() -> new InvalidInput("provider", "Unknown payment provider '" + provider + "'; available: " + providers()));
	}

	private String providers() {
		return paymentSteps.stream().map(PaymentStep::provider).collect(Collectors.joining(", "));
	}

	/** The reservation expiry: claims one due order (conditional update) and gives its stock back. */
	@Transactional
	boolean expire(OrderId id) {
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
			throw new AccessDeniedException("Only the " + required.name().toLowerCase() + " of an order can " + action + " it");
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
		if (order.returnsStock(before) && !dropStock.release(order)) { // a drop order's units go back to its drop
			order.lines().forEach(line -> stock.release(line.lot(), line.quantity()));
		}
		if (order.returnsQuota(before)) {
			// Same transaction as the state change; idempotent, and a no-op for orders that never counted against a quota.
			quota.restore(order.id().value());
		}
		order.events().forEach(events::publishEvent);
		return order;
	}
}
