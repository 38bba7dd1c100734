package org.isoko.drops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.isoko.catalog.LotDetails;
import org.isoko.identity.CurrentUser;
import org.isoko.ordering.Orderer;
import org.isoko.ordering.OrdererIdentities;
import org.springframework.beans.factory.ObjectProvider;
import org.isoko.identity.OrganisationDirectory;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.OrganisationKind;
import org.isoko.identity.OrganisationSummary;
import org.isoko.identity.Role;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.network.Network;
import org.isoko.ordering.Actor;
import org.isoko.ordering.CrossBorderLimitExceeded;
import org.isoko.ordering.DeliveryAddress;
import org.isoko.ordering.Order;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.ordering.placement.IdempotencyRecords.Claim;
import org.isoko.ordering.placement.LineRules;
import org.isoko.ordering.placement.OrderBatches;
import org.isoko.ordering.placement.OrderNumbers;
import org.isoko.ordering.placement.OrderPricing;
import org.isoko.ordering.placement.PricedOrder;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.trade.CrossBorderQuota;
import org.isoko.trade.CrossBorderRetail;
import org.isoko.trade.QuotaCheck;
import org.isoko.trade.Quote;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Places drop orders: the front door of the hot path. Most requests of a rush cannot
 * succeed (the drop is sold out, or has not started), so the order of the work is what
 * each answer costs:
 * <ol>
 * <li>From memory only: the buyer, the drop's definition (its times, cap, corridors and
 * lot never change once scheduled; kept for {@link #DEFINITION_TTL}), so "not started", a
 * quantity above the cap, a wrong corridor or address are answered without touching the
 * database.</li>
 * <li>One plain read ({@link DropStore#gate}, shared by the requests to the drop that
 * arrive while the previous one is in flight, see {@link DropGateReads}): the drop's
 * remaining units and whether it was closed, and this user's earlier request with the
 * same Idempotency-Key. A replay gets its order; "sold out", "only N left" and "ended"
 * are answered here. This read is also what keeps several instances right: nothing says
 * "sold out" from memory, because units come back to a drop whenever one of its orders
 * expires or is cancelled, on any instance.</li>
 * <li>Only for a request that may succeed: the price (the lot is read at most once a
 * second per drop, and a landed-cost quote is shared by every buyer of the same kind, so
 * it does not depend on who asks), China's cross-border retail per-order limit, building
 * the {@link Order}; then the claim goes to {@link DropReservations}, where the database
 * decides (stock, cap, annual cross-border limit).</li>
 * </ol>
 * A drop order is a normal order: PLACED with a reservation that expires (its units then
 * return to the drop, see {@link DropStockReturn}, and its cross-border quota to the
 * buyer), paid like any order. The per-buyer cap counts the units an organisation holds
 * in the drop: placed and paid orders; expired and cancelled ones give their units back.
 */
@Service
public class DropOrdering {

	/**
	 * A drop's definition never changes once scheduled; what may (a corridor's regimes, a
	 * seller's name) is re-read this often.
	 */
	static final Duration DEFINITION_TTL = Duration.ofSeconds(10);

	/**
	 * The lot (its price) and the prices computed from it are re-read at most this often
	 * per drop.
	 */
	static final Duration LOT_TTL = Duration.ofSeconds(1);

	public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * Past this many remembered drops or organisations, a cache starts over (it refills
	 * with one read per entry).
	 */
	static final int MAX_REMEMBERED = 10_000;

	private final DropStore drops;

	private final DropGateReads gateReads;

	private final DropScheduling scheduling;

	private final Network network;

	private final OrganisationDirectory organisations;

	private final OrderPricing pricing;

	private final CrossBorderQuota quota;

	private final IdempotencyRecords idempotency;

	private final OrderBatches orders;

	private final OrderNumbers numbers;

	private final DropReservations reservations;

	private final Clock clock;

	private final Duration reservationTimeout;

	private final ObjectProvider<OrdererIdentities> identities;

	private final Map<DropId, Definition> definitions = new ConcurrentHashMap<>();

	private final Map<DropId, LotPrices> lots = new ConcurrentHashMap<>();

	private final Map<OrganisationId, OrganisationKind> kinds = new ConcurrentHashMap<>();

	private final Map<CountryCode, CountryCurrency> currencies = new ConcurrentHashMap<>();

	private final AtomicLong arrivals = new AtomicLong();

	DropOrdering(DropStore drops, DropGateReads gateReads, DropScheduling scheduling, Network network,
			OrganisationDirectory organisations, OrderPricing pricing, CrossBorderQuota quota,
			IdempotencyRecords idempotency, OrderBatches orders, OrderNumbers numbers, DropReservations reservations,
			Clock clock, @Value("${isoko.ordering.reservation-timeout:15m}") Duration reservationTimeout,
			ObjectProvider<OrdererIdentities> identities) {
		this.identities = identities;
		this.drops = drops;
		this.gateReads = gateReads;
		this.scheduling = scheduling;
		this.network = network;
		this.organisations = organisations;
		this.pricing = pricing;
		this.quota = quota;
		this.idempotency = idempotency;
		this.orders = orders;
		this.numbers = numbers;
		this.reservations = reservations;
		this.clock = clock;
		this.reservationTimeout = reservationTimeout;
	}

	/**
	 * What a buyer asks for: a quantity, optionally the corridor (else the drop's
	 * corridor into the buyer's country), where to deliver.
	 */
	public record DropOrder(int quantity, @Nullable CorridorId corridor, DeliveryAddress address,
			@Nullable Orderer orderer) {

		/**
		 * What the Idempotency-Key's request is compared by (hashed, never stored): the
		 * orderer's identity included, so that a retry with another identity is refused.
		 */
		String canonical(DropId drop) {
			return "drop=" + drop + ";quantity=" + quantity + ";corridor=" + corridor + ";address=" + address
					+ (orderer == null ? ""
							: ";orderer=" + orderer.saved() + "|" + orderer.name() + "|" + orderer.idNumber());
		}
	}

	/**
	 * A drop order as the buyer gets it.
	 *
	 * @param created false when the Idempotency-Key was seen before and this is the
	 * earlier order
	 */
	public record Placed(Order order, boolean created) {
	}

	/**
	 * The drop as scheduled, its corridors and seller name, read at {@code readAtNanos}.
	 */
	private record Definition(Drop drop, List<Corridor> corridors, String sellerName, int minOrderQuantity,
			long readAtNanos) {
	}

	/**
	 * A buyer country's currency, read at {@code readAtNanos} (re-read after
	 * {@link #DEFINITION_TTL}, like a drop's definition).
	 */
	private record CountryCurrency(CurrencyCode currency, long readAtNanos) {
	}

	/**
	 * The drop's lot as read at {@code readAtNanos}, and the orders priced from it (by
	 * buyer kind, corridor, quantity…).
	 */
	private record LotPrices(LotDetails lot, long readAtNanos, Map<String, PricedOrder> prices) {
	}

	/**
	 * @throws DropRefused (409) when the drop's state refuses the order: not started,
	 * ended, sold out, too few left, the organisation's cap reached
	 * @throws CrossBorderLimitExceeded (409) when China's cross-border retail limits
	 * refuse it
	 */
	public Placed order(CurrentUser buyer, DropId id, @Nullable String key, DropOrder command, Locale language) {
		return Waiting.get(orderAsync(buyer, id, key, command, language), ANSWER_TIMEOUT.plusSeconds(1),
				"placing a drop order", DropOrdering::busy);
	}

	/**
	 * Like {@link #order}, but does not wait for the reservation: the checks, refusals
	 * from memory or the gate and replays answer at once (thrown, or a completed future);
	 * a claim completes when its batch has committed, so that the caller's thread is free
	 * meanwhile (the API answers asynchronously).
	 */
	public CompletableFuture<Placed> orderAsync(CurrentUser buyer, DropId id, @Nullable String key, DropOrder command,
			Locale language) {
		String checkedKey = IdempotencyRecords.requireKey(key);
		if (!buyer.has(Role.BUYER)) {
			throw new AccessDeniedException("Only buyers order from a drop");
		}
		Definition definition = definition(id);
		Drop drop = definition.drop();
		Instant now = clock.instant();
		if (now.isBefore(drop.startsAt()) && !drop.closed()) {
			throw notLive(drop, DropPhase.UPCOMING, now); // no order of this drop can
															// exist yet, so there is
															// nothing to replay
		}
		if (command.quantity() < 1) {
			throw new InvalidInput("quantity",
					"quantity must be a whole number of at least 1, got " + command.quantity());
		}
		if (command.quantity() > drop.perBuyerCap()) {
			throw new InvalidInput("quantity", "quantity (" + command.quantity() + ") is above this drop's limit of "
					+ drop.perBuyerCap() + " unit(s) per buyer");
		}
		if (command.quantity() < definition.minOrderQuantity()) {
			throw new InvalidInput("quantity", "The minimum order quantity of lot " + drop.lotReference() + " is "
					+ definition.minOrderQuantity() + "; " + command.quantity() + " requested");
		}
		if (!command.address().country().equals(buyer.country())) {
			throw new InvalidInput("deliveryAddress.country", "Orders are delivered in your organisation's country ("
					+ buyer.country() + "), not " + command.address().country());
		}
		Corridor corridor = corridor(definition, command.corridor(), buyer);
		String hash = IdempotencyRecords.hash(command.canonical(id));
		DropStore.Gate gate = gateReads.read(id, buyer.id(), checkedKey).orElseThrow(() -> NotFound.of("Drop", id));
		if (gate.earlier() != null) {
			return CompletableFuture.completedFuture(new Placed(replay(gate.earlier(), hash, checkedKey), false));
		}
		if (gate.closed() || !now.isBefore(drop.endsAt())) {
			throw ended(drop, now);
		}
		if (gate.remaining() < command.quantity()) {
			throw soldOut(drop, gate.remaining());
		}
		PricedOrder priced = price(definition, buyer, corridor, command.quantity(), language, now);
		Money crossBorderQuota = crossBorderQuota(buyer, priced.quote());
		Order order = Order.place(OrderId.random(), numbers.next(now),
				Order.Parties.of(buyer, drop.seller(), definition.sellerName()), Order.Route.of(corridor), priced,
				command.address(), Actor.of(buyer), now, now.plus(reservationTimeout));
		DropClaim claim = new DropClaim(id, order, buyer.id(), buyer.organisationId(), command.quantity(),
				drop.perBuyerCap(), checkedKey, hash, arrivals.incrementAndGet(), crossBorderQuota,
				identity(buyer, order, command.orderer()));
		return reservations.reserve(claim)
			.orTimeout(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
			.handle((outcome, failure) -> {
				if (failure != null) {
					Throwable cause = failure instanceof CompletionException && failure.getCause() != null
							? failure.getCause() : failure;
					// A claim not answered in time may still commit; the buyer retries
					// with the same Idempotency-Key and gets it.
					throw cause instanceof TimeoutException ? busy()
							: new IllegalStateException("The drop reservation failed", cause);
				}
				return answer(outcome, buyer, drop, command, priced, checkedKey, hash, now);
			});
	}

	/**
	 * What a reservation's outcome means for the buyer: the order, a replay, or a refusal
	 * (thrown).
	 */
	private Placed answer(DropOutcome outcome, CurrentUser buyer, Drop drop, DropOrder command, PricedOrder priced,
			String checkedKey, String hash, Instant now) {
		if (outcome instanceof DropOutcome.Placed) {
			return new Placed(((DropOutcome.Placed) outcome).order(), true);
		}
		if (outcome instanceof DropOutcome.KeyTaken) {
			Claim winner = idempotency.find(buyer.id(), DropReservationWriter.OPERATION, checkedKey)
				.orElseThrow(() -> new Conflict("A request with Idempotency-Key '" + checkedKey
						+ "' is still being processed; retry it in a moment"));
			return new Placed(replay(winner, hash, checkedKey), false);
		}
		if (outcome instanceof DropOutcome.OverCap) {
			DropOutcome.OverCap over = (DropOutcome.OverCap) outcome;
			throw new DropRefused("Limit reached: your organisation (" + buyer.organisationName() + ") already holds "
					+ over.held() + " of at most " + over.cap() + " unit(s) per buyer in drop \"" + drop.title()
					+ "\"; " + command.quantity() + " more requested");
		}
		if (outcome instanceof DropOutcome.OverQuota) {
			CrossBorderRetail retail = java.util.Objects
				.requireNonNull(java.util.Objects.requireNonNull(priced.quote()).crossBorderRetail());
			Money remaining = quota.remaining(buyer.id());
			throw new CrossBorderLimitExceeded(
					new QuotaCheck.OverAnnualLimit(retail.orderValue(), retail.annualLimit(), remaining), remaining);
		}
		if (outcome instanceof DropOutcome.SoldOut) {
			throw soldOut(drop, ((DropOutcome.SoldOut) outcome).left());
		}
		if (outcome instanceof DropOutcome.NotLive notLive) {
			throw notLive.phase() == DropPhase.ENDED ? ended(drop, now) : notLive(drop, notLive.phase(), now);
		}
		throw ((DropOutcome.Failed) outcome).cause();
	}

	/**
	 * The orderer's identity of a cross-border retail order, checked as checkout checks
	 * it (refused here, before the claim, naming the field) and kept with the order when
	 * it is written; null for other regimes, which need none, and when none was given.
	 */
	private DropClaim.@Nullable Identity identity(CurrentUser buyer, Order order, @Nullable Orderer orderer) {
		OrdererIdentities keeper = identities.getIfAvailable();
		if (keeper == null || order.regime() != CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL) {
			return null;
		}
		boolean required = keeper.requiredAtCheckout();
		keeper.check(buyer.id(), orderer, required);
		// None given (and none required): nothing to keep, as before — the declaration
		// falls back to the buyer's latest saved identity, and the hot path reads nothing
		// more.
		return orderer == null ? null : new DropClaim.Identity(orderer, required);
	}

	/**
	 * China's cross-border retail limits, as checkout applies them: an order of several
	 * items above the per-order limit is refused here; one that clears as retail counts
	 * its customs value against the buyer's annual limit, in the reservation transaction
	 * (null: no limit applies).
	 */
	private @Nullable Money crossBorderQuota(CurrentUser buyer, @Nullable Quote quote) {
		CrossBorderRetail retail = quote == null ? null : quote.crossBorderRetail();
		if (retail == null || quote.requestedRegime() != CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL) {
			return null;
		}
		if (retail.treatment() == CrossBorderRetail.Treatment.OVER_ORDER_LIMIT) {
			throw new CrossBorderLimitExceeded(
					new QuotaCheck.OverOrderLimit(retail.orderValue(), retail.perOrderLimit()),
					quota.remaining(buyer.id()));
		}
		return retail.allowsRetailClearance() ? retail.orderValue() : null;
	}

	/**
	 * The landed cost, shared by every buyer of the same kind on the same corridor,
	 * quantity, currency, language and day: the quote does not look up the buyer's own
	 * cross-border purchases (the annual limit is counted when the order is written), so
	 * it depends on the buyer only through the default regime their kind chooses.
	 */
	private PricedOrder price(Definition definition, CurrentUser buyer, Corridor corridor, int quantity,
			Locale language, Instant now) {
		LotPrices lot = lot(definition);
		CurrencyCode currency = currency(buyer.country());
		LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
		OrganisationKind kind = kind(buyer.organisationId());
		return lot.prices()
			.computeIfAbsent(
					kind + "|" + corridor.id() + "|" + quantity + "|" + currency + "|" + language.getLanguage() + "|"
							+ day,
					k -> pricing.price(new OrderPricing.Request(buyer, corridor, null,
							List.of(new OrderPricing.Line(lot.lot(), quantity)), currency, language, day, false)));
	}

	/**
	 * The currency buyers of a country pay in: one read per country and
	 * {@link #DEFINITION_TTL}, shared by every drop.
	 */
	private CurrencyCode currency(CountryCode country) {
		CountryCurrency known = currencies.get(country);
		if (known != null && System.nanoTime() - known.readAtNanos() < DEFINITION_TTL.toNanos()) {
			return known.currency();
		}
		CurrencyCode currency = network.requireCountry(country).currency();
		currencies.put(country, new CountryCurrency(currency, System.nanoTime()));
		return currency;
	}

	/** An organisation's kind never changes, so it is read once per organisation. */
	private OrganisationKind kind(OrganisationId organisation) {
		OrganisationKind known = kinds.get(organisation);
		if (known != null) {
			return known;
		}
		OrganisationKind kind = organisations.find(organisation)
			.map(OrganisationSummary::kind)
			.orElseThrow(() -> new IllegalStateException("Organisation " + organisation + " does not exist"));
		if (kinds.size() >= MAX_REMEMBERED) {
			kinds.clear();
		}
		kinds.put(organisation, kind);
		return kind;
	}

	private static Conflict busy() {
		return new Conflict(
				"The drop is very busy: your request is still being processed. Retry with the same Idempotency-Key "
						+ "to get its result.");
	}

	static DropRefused soldOut(Drop drop, int left) {
		return new DropRefused(left == 0
				? "Sold out: drop \"" + drop.title() + "\" (lot " + drop.lotReference() + ") has no units left"
				: "Only " + left + " unit(s) of drop \"" + drop.title() + "\" left");
	}

	/**
	 * "Ended", saying when and why. A drop that ended before the end we remember was
	 * closed early by its hub since we read it: read it again (once per instance), for
	 * the time and the reason.
	 */
	private DropRefused ended(Drop drop, Instant now) {
		Drop known = drop;
		if (!drop.closed() && now.isBefore(drop.endsAt())) {
			Definition cached = definitions.get(drop.id());
			if (cached != null && cached.drop() == drop) {
				definitions.remove(drop.id(), cached); // only the first of the requests
														// that saw the close reads it
														// again
			}
			known = definition(drop.id()).drop();
		}
		return notLive(known, DropPhase.ENDED, now);
	}

	private static DropRefused notLive(Drop drop, DropPhase phase, Instant now) {
		if (phase == DropPhase.UPCOMING) {
			return new DropRefused("Drop \"" + drop.title() + "\" has not started: it opens at " + drop.startsAt()
					+ " (in " + DropFormats.duration(drop.untilStart(now)) + "); orders before the start are refused");
		}
		if (drop.closedEarly()) {
			return new DropRefused("Drop \"" + drop.title() + "\" was closed by the hub at " + drop.closedAt() + " ("
					+ drop.closeReason() + "); it takes no more orders");
		}
		return new DropRefused(
				"Drop \"" + drop.title() + "\" has ended (at " + drop.endsAt() + "); it takes no more orders");
	}

	private static Corridor corridor(Definition definition, @Nullable CorridorId asked, CurrentUser buyer) {
		Drop drop = definition.drop();
		if (asked != null) {
			Corridor corridor = definition.corridors()
				.stream()
				.filter(c -> c.id().equals(asked))
				.findFirst()
				.orElseThrow(() -> new InvalidInput("corridorId",
						"Drop \"" + drop.title() + "\" is not offered on corridor " + asked));
			if (!corridor.destinationCountry().equals(buyer.country())) {
				throw new InvalidInput("corridorId", "Corridor " + LineRules.route(corridor) + " delivers to "
						+ corridor.destinationCountry() + "; your organisation is in " + buyer.country());
			}
			return corridor;
		}
		return definition.corridors()
			.stream()
			.filter(c -> c.destinationCountry().equals(buyer.country()))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("corridorId",
					"Drop \"" + drop.title() + "\" is not offered to buyers in " + buyer.country()));
	}

	/**
	 * One read per drop and {@link #DEFINITION_TTL} on this instance: concurrent requests
	 * for a stale drop wait for one loader.
	 */
	private Definition definition(DropId id) {
		Definition current = definitions.get(id);
		if (current != null && System.nanoTime() - current.readAtNanos() < DEFINITION_TTL.toNanos()) {
			return current;
		}
		if (definitions.size() >= MAX_REMEMBERED) {
			definitions.clear();
		}
		return definitions.compute(id,
				(key, old) -> old != null && System.nanoTime() - old.readAtNanos() < DEFINITION_TTL.toNanos() ? old
						: loadDefinition(key));
	}

	private Definition loadDefinition(DropId id) {
		Drop drop = drops.find(id).orElseThrow(() -> NotFound.of("Drop", id));
		List<Corridor> corridors = drop.corridors().stream().map(network::corridor).flatMap(Optional::stream).toList();
		String sellerName = organisations.find(drop.seller())
			.map(OrganisationSummary::name)
			.orElse("Seller " + drop.seller());
		LotDetails lot = scheduling.lotOf(drop);
		long now = System.nanoTime();
		lots.putIfAbsent(id, new LotPrices(lot, now, new ConcurrentHashMap<>())); // the
																					// same
																					// read
																					// serves
																					// the
																					// first
																					// prices
		return new Definition(drop, corridors, sellerName, lot.minOrderQuantity(), now);
	}

	private LotPrices lot(Definition definition) {
		DropId id = definition.drop().id();
		LotPrices current = lots.get(id);
		if (current != null && System.nanoTime() - current.readAtNanos() < LOT_TTL.toNanos()) {
			return current;
		}
		if (lots.size() >= MAX_REMEMBERED) {
			lots.clear();
		}
		return lots
			.compute(id, (key, old) -> old != null && System.nanoTime() - old.readAtNanos() < LOT_TTL.toNanos() ? old
					: new LotPrices(scheduling.lotOf(definition.drop()), System.nanoTime(), new ConcurrentHashMap<>()));
	}

	private Order replay(Claim claim, String hash, String key) {
		if (!claim.requestHash().equals(hash)) {
			throw new Conflict("Idempotency-Key '" + key
					+ "' was already used for a different request; use a new key for a new request");
		}
		return orders.find(claim.order()).orElseThrow(() -> NotFound.of("Order", claim.order()));
	}

}
