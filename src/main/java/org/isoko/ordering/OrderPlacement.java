package org.isoko.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.catalog.OutOfStock;
import org.isoko.catalog.Stock;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationDirectory;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.OrganisationSummary;
import org.isoko.identity.Role;
import org.isoko.network.Corridor;
import org.isoko.network.CustomsRegime;
import org.isoko.network.Network;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.ordering.placement.LineRules;
import org.isoko.ordering.placement.LineRules.CheckedLine;
import org.isoko.ordering.placement.OrderNumbers;
import org.isoko.ordering.placement.OrderPricing;
import org.isoko.ordering.placement.PricedOrder;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.trade.CrossBorderQuota;
import org.isoko.trade.CrossBorderRetail;
import org.isoko.trade.QuotaCheck;
import org.isoko.trade.Quote;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Places orders: checks every line, prices the order with {@link OrderPricing} (the
 * landed cost from a trade quote), checks China's cross-border retail limits, writes the
 * order, reserves its stock and counts it against the buyer's cross-border quota in one
 * transaction, so an order exists exactly when its units are reserved and its quota is
 * counted. Used by checkout (from the cart) and the API (with an Idempotency-Key).
 */
@Service
public class OrderPlacement {

	public static final String OPERATION = "place-order";

	public static final int MAX_LINES = 50;

	private final LineRules rules;

	private final OrderPricing pricing;

	private final OrderStore orders;

	private final OrderNumbers numbers;

	private final Stock stock;

	private final Network network;

	private final OrganisationDirectory organisations;

	private final IdempotencyRecords idempotency;

	private final CartStore cart;

	private final CrossBorderQuota quota;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration reservationTimeout;

	private final QuoteJson quoteJson;

	/**
	 * The customs module's keeper of orderer identities, looked up once: asking the bean
	 * factory on every order took 2 % of a checkout's CPU in the checkout benchmark's
	 * profile.
	 */
	private final SingletonSupplier<OrdererIdentities> identities;

	OrderPlacement(LineRules rules, OrderPricing pricing, OrderStore orders, OrderNumbers numbers, Stock stock,
			Network network, OrganisationDirectory organisations, IdempotencyRecords idempotency, CartStore cart,
			CrossBorderQuota quota, ApplicationEventPublisher events, Clock clock,
			@Value("${isoko.ordering.reservation-timeout:15m}") Duration reservationTimeout,
			ObjectProvider<OrdererIdentities> identities, QuoteJson quoteJson) {
		this.quoteJson = quoteJson;
		this.identities = SingletonSupplier.of(identities::getIfAvailable);
		this.rules = rules;
		this.pricing = pricing;
		this.orders = orders;
		this.numbers = numbers;
		this.stock = stock;
		this.network = network;
		this.organisations = organisations;
		this.idempotency = idempotency;
		this.cart = cart;
		this.quota = quota;
		this.events = events;
		this.clock = clock;
		this.reservationTimeout = reservationTimeout;
	}

	public Duration reservationTimeout() {
		return reservationTimeout;
	}

	/**
	 * API: claims the key and places the order in one transaction (see
	 * {@link IdempotencyRecords}).
	 */
	@Transactional
	Order placeWithKey(CurrentUser buyer, String key, PlaceOrder command, Locale language) {
		OrderId id = OrderId.random();
		idempotency.claim(buyer.id(), OPERATION, key, IdempotencyRecords.hash(command.canonical()), id,
				clock.instant());
		return place(id, buyer, command, language, null, true);
	}

	/**
	 * Checkout: places the order and takes its lines out of the cart; a second submit
	 * finds them gone and changes nothing.
	 */
	@Transactional
	Order placeFromCart(CurrentUser buyer, List<UUID> cartLines, PlaceOrder command, Locale language) {
		cart.removeForCheckout(buyer.id(), cartLines);
		return place(OrderId.random(), buyer, command, language, null, true);
	}

	/** Demo data: the same path as everyone, with a chosen reservation end. */
	@Transactional
	public Order placeForDemo(CurrentUser buyer, String key, PlaceOrder command, Instant expiresAt) {
		OrderId id = OrderId.random();
		idempotency.claim(buyer.id(), OPERATION, key, IdempotencyRecords.hash(command.canonical()), id,
				clock.instant());
		return place(id, buyer, command, Locale.ENGLISH, expiresAt, false);
	}

	/**
	 * @param typed whether the buyer is there to give the orderer's identity (checkout
	 * and API), which China's cross-border retail regime then requires
	 */
	private Order place(OrderId id, CurrentUser buyer, PlaceOrder command, Locale language, @Nullable Instant expiresAt,
			boolean typed) {
		PreparedOrder prepared = prepare(id, buyer, command, language, expiresAt, typed);
		Order order = prepared.order();
		orders.insert(order);
		keepOrderer(prepared);
		// Reserved last, in lot-id order: the hot row lock is held for the shortest time
		// (until commit), and two orders
		// that share lots lock them in the same order, so they cannot deadlock.
		reserve(prepared);
		// Counted last, with one conditional update: of two orders of the same buyer
		// racing for the last of the quota,
		// the loser's QuotaExceeded (409) rolls back its whole transaction: order,
		// reservations and idempotency claim.
		if (prepared.quota() != null) {
			quota.consume(buyer.id(), id.value(), prepared.quota());
		}
		order.events().forEach(events::publishEvent);
		return order;
	}

	/**
	 * An order checked and priced but not written: the order itself, its lines, what it
	 * counts against the buyer's cross-border retail limit (null when nothing) and the
	 * orderer's identity to keep with it (cross-border retail only).
	 */
	record PreparedOrder(Order order, CurrentUser buyer, List<CheckedLine> lines, @Nullable Money quota,
			@Nullable Orderer orderer, boolean identityRequired) {

		/** Units per lot, each lot once. */
		Map<LotId, Integer> quantities() {
			Map<LotId, Integer> quantities = new LinkedHashMap<>();
			lines.forEach(line -> quantities.put(line.lot().id(), line.quantity()));
			return quantities;
		}

	}

	/**
	 * API, batched ({@link PlacementBatches}): checks and prices the order, and checks
	 * the orderer's identity it will keep, writing nothing; the batch writes it later.
	 * Its own short transaction: the reads see one snapshot, and the order number's
	 * sequence may be read.
	 */
	@Transactional
	PreparedOrder prepareForBatch(CurrentUser buyer, PlaceOrder command, Locale language) {
		PreparedOrder prepared = prepare(OrderId.random(), buyer, command, language, null, true);
		// The quote's JSON made here, on the request's thread, where many run at once:
		// the batch's writer finds it made (QuoteJson remembers it) instead of making
		// every order's on its one thread (38 % of its CPU in the checkout benchmark).
		quoteJson.writeNullable(prepared.order().quote());
		OrdererIdentities keeper = identities.get();
		if (keeper != null && prepared.order().regime() == CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL) {
			keeper.check(buyer.id(), prepared.orderer(), prepared.identityRequired());
		}
		return prepared;
	}

	private PreparedOrder prepare(OrderId id, CurrentUser buyer, PlaceOrder command, Locale language,
			@Nullable Instant expiresAt, boolean typed) {
		if (!buyer.has(Role.BUYER)) {
			throw new AccessDeniedException("Only buyers place orders");
		}
		List<CheckedLine> lines = check(buyer, command);
		CheckedLine first = lines.get(0);
		Corridor corridor = first.corridor();
		OrganisationId sellerId = first.lot().seller();
		String sellerName = organisations.find(sellerId).map(OrganisationSummary::name).orElse("Seller " + sellerId);
		CurrencyCode buyerCurrency = network.requireCountry(buyer.country()).currency();
		// To the database's precision: the order answered is the one written, not read
		// back.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		PricedOrder priced = pricing.price(new OrderPricing.Request(buyer, corridor, command.regime(),
				lines.stream().map(l -> new OrderPricing.Line(l.lot(), l.quantity())).toList(), buyerCurrency, language,
				LocalDate.ofInstant(now, ZoneOffset.UTC)));
		Quote quote = priced.quote();
		if (quote != null) {
			QuotaCheck check = quota.checkQuoted(buyer.id(), quote);
			if (!check.allowed()) {
				throw new CrossBorderLimitExceeded(check, quota.remaining(buyer.id()));
			}
		}
		Order order = Order.place(id, numbers.next(now), Order.Parties.of(buyer, sellerId, sellerName),
				Order.Route.of(corridor), priced, command.address(), Actor.of(buyer), now,
				expiresAt == null ? now.plus(reservationTimeout) : expiresAt);
		CrossBorderRetail retail = quote == null ? null : quote.crossBorderRetail();
		Money counted = retail != null && retail.allowsRetailClearance() ? retail.orderValue() : null;
		OrdererIdentities keeper = identities.get();
		return new PreparedOrder(order, buyer, lines, counted, command.orderer(),
				typed && keeper != null && keeper.requiredAtCheckout());
	}

	/**
	 * A cross-border retail order is declared to China's customs with the orderer's real
	 * name and ID number: the customs module checks and keeps them (a refusal rolls the
	 * whole order back). Other regimes need no identity, and none is kept.
	 */
	void keepOrderer(PreparedOrder prepared) {
		OrdererIdentities keeper = identities.get();
		Order order = prepared.order();
		if (keeper == null || order.regime() != CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL) {
			return;
		}
		keeper.keep(order.id(), prepared.buyer().id(), prepared.orderer(), prepared.identityRequired(),
				order.placedAt());
	}

	private void reserve(PreparedOrder prepared) {
		try {
			stock.reserveAll(prepared.quantities());
		}
		catch (OutOfStock e) {
			CheckedLine line = prepared.lines()
				.stream()
				.filter(l -> l.lot().id().equals(e.lot()))
				.findFirst()
				.orElseThrow();
			throw new NotEnoughStock(line.lot().id(), line.lot().reference(), line.quantity(), e.available());
		}
	}

	private List<CheckedLine> check(CurrentUser buyer, PlaceOrder command) {
		if (command.lines().isEmpty()) {
			throw new InvalidInput("lines", "lines must hold at least one line");
		}
		if (command.lines().size() > MAX_LINES) {
			throw new InvalidInput("lines", "an order holds at most " + MAX_LINES + " lines");
		}
		if (!command.address().country().equals(buyer.country())) {
			throw new InvalidInput("deliveryAddress.country", "Orders are delivered in your organisation's country ("
					+ buyer.country() + "), not " + command.address().country());
		}
		List<LineRules.Line> lines = new ArrayList<>();
		Set<LotId> seen = new HashSet<>();
		for (int i = 0; i < command.lines().size(); i++) {
			PlaceOrder.Line line = command.lines().get(i);
			String field = "lines[" + i + "]";
			if (!seen.add(line.lot())) {
				throw new InvalidInput(field + ".lotId",
						"Lot " + line.lot() + " appears twice; put the whole quantity on one line");
			}
			lines.add(new LineRules.Line(line.lot(), line.corridor(), line.quantity(), field));
		}
		List<CheckedLine> checked = rules.checkAll(buyer, lines);
		CheckedLine first = checked.get(0);
		for (int i = 1; i < checked.size(); i++) {
			if (!checked.get(i).lot().seller().equals(first.lot().seller())) {
				throw new InvalidInput("lines",
						"An order takes the lots of one seller; lines[" + i + "] (lot "
								+ checked.get(i).lot().reference()
								+ ") is from another seller than lines[0]. Place one order per seller.");
			}
			if (!checked.get(i).corridor().id().equals(first.corridor().id())) {
				throw new InvalidInput("lines",
						"An order travels on one corridor; lines[" + i + "] is on another corridor than lines[0]");
			}
		}
		if (command.corridor() != null && !command.corridor().equals(first.corridor().id())) {
			throw new InvalidInput("corridorId", "corridorId " + command.corridor()
					+ " differs from the corridor of the lines (" + LineRules.route(first.corridor()) + ")");
		}
		return checked;
	}

}
