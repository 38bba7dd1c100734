package org.isoko.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.isoko.catalog.LotDetails;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationDirectory;
import org.isoko.identity.OrganisationSummary;
import org.isoko.identity.Role;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.ordering.IdempotencyRecords.Claim;
import org.isoko.ordering.IdempotentOrdering.Placed;
import org.isoko.shared.Conflict;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Places drop orders: the front door of the hot path. Everything that does not need the drop's stock row happens here,
 * outside any transaction and mostly from memory: the checks (buyer, phase, quantity, corridor, address), the replay of
 * a known Idempotency-Key, the price (the lot and its price are cached for a second per drop, so ten thousand buyers do
 * not read the lot ten thousand times), building the {@link Order}. Then the claim goes to {@link DropReservations}.
 * <p>
 * A drop order is a normal order: PLACED with a reservation that expires (its units then return to the drop, see
 * {@link DropStockReturn}), paid like any order. The per-buyer cap counts the units an organisation holds in the drop:
 * placed and paid orders; expired and cancelled ones give their units back to the allowance.
 */
@Service
class DropOrdering {

	static final Duration SNAPSHOT_TTL = Duration.ofSeconds(1);
	static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

	private final DropStore drops;
	private final DropScheduling scheduling;
	private final Network network;
	private final OrganisationDirectory organisations;
	private final OrderPricing pricing;
	private final IdempotencyRecords idempotency;
	private final OrderStore orders;
	private final DropReservations reservations;
	private final Clock clock;
	private final Duration reservationTimeout;
	private final long soldOutRecheckNanos;
	private final Map<DropId, Snapshot> snapshots = new ConcurrentHashMap<>();
	private final Map<DropId, Long> soldOutSeen = new ConcurrentHashMap<>();
	private final AtomicLong arrivals = new AtomicLong();

	DropOrdering(DropStore drops, DropScheduling scheduling, Network network, OrganisationDirectory organisations, OrderPricing pricing,
			IdempotencyRecords idempotency, OrderStore orders, DropReservations reservations, Clock clock,
			@Value("${isoko.ordering.reservation-timeout:15m}") Duration reservationTimeout,
			@Value("${isoko.drops.sold-out-recheck:500ms}") Duration soldOutRecheck) {
		this.drops = drops;
		this.scheduling = scheduling;
		this.network = network;
		this.organisations = organisations;
		this.pricing = pricing;
		this.idempotency = idempotency;
		this.orders = orders;
		this.reservations = reservations;
		this.clock = clock;
		this.reservationTimeout = reservationTimeout;
		this.soldOutRecheckNanos = soldOutRecheck.toNanos();
	}

	/** What a buyer asks for: a quantity, optionally the corridor (else the drop's corridor into the buyer's country), where to deliver. */
	record DropOrder(int quantity, @Nullable CorridorId corridor, DeliveryAddress address) {

		String canonical(DropId drop) {
			return "drop=" + drop + ";quantity=" + quantity + ";corridor=" + corridor + ";address=" + address;
		}
	}

	/** The drop, its lot and seller name as read at {@code readAt}: orders within a second share one read. */
	private record Snapshot(Drop drop, LotDetails lot, String sellerName, long readAtNanos, Map<String, PricedOrder> prices) {
	}

	Placed order(CurrentUser buyer, DropId id, @Nullable String key, DropOrder command, Locale language) {
		String checkedKey = IdempotencyRecords.requireKey(key);
		if (!buyer.has(Role.BUYER)) {
			throw new AccessDeniedException("Only buyers order from a drop");
		}
		String hash = IdempotencyRecords.hash(command.canonical(id));
		Optional<Claim> earlier = idempotency.find(buyer.id(), DropReservationWriter.OPERATION, checkedKey);
		if (earlier.isPresent()) {
			return new Placed(replay(earlier.get(), hash, checkedKey), false);
		}
		Snapshot snapshot = snapshot(id);
		Drop drop = snapshot.drop();
		Instant now = clock.instant();
		refuseOutsideWindow(drop, now);
		if (command.quantity() < 1) {
			throw new InvalidInput("quantity", "quantity must be a whole number of at least 1, got " + command.quantity());
		}
		if (command.quantity() > drop.perBuyerCap()) {
			throw new InvalidInput("quantity", "quantity (" + command.quantity() + ") is above this drop's limit of " + drop.perBuyerCap()
					+ " unit(s) per buyer");
		}
		if (command.quantity() < snapshot.lot().minOrderQuantity()) {
			throw new InvalidInput("quantity", "The minimum order quantity of lot " + drop.lotReference() + " is "
					+ snapshot.lot().minOrderQuantity() + "; " + command.quantity() + " requested");
		}
		if (!command.address().country().equals(buyer.country())) {
			throw new InvalidInput("deliveryAddress.country", "Orders are delivered in your organisation's country (" + buyer.country()
					+ "), not " + command.address().country());
		}
		Corridor corridor = corridor(drop, command.corridor(), buyer);
		Long seen = soldOutSeen.get(id);
		if (seen != null && System.nanoTime() - seen < soldOutRecheckNanos) {
			throw soldOut(drop, 0);
		}
		CurrencyCode currency = network.requireCountry(buyer.country()).currency();
		LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
		// The landed cost depends on the buyer (the default regime follows who imports), so prices are cached per buyer
		// organisation; a quote is computed in memory in microseconds.
		PricedOrder priced = snapshot.prices().computeIfAbsent(buyer.organisationId() + "|" + corridor.id() + "|" + command.quantity() + "|"
				+ currency + "|" + language.getLanguage() + "|" + day,
				k -> pricing.price(new OrderPricing.Request(buyer, corridor, null, List.of(new OrderPricing.Line(snapshot.lot(), command.quantity())),
						currency, language, day)));
		Order order = Order.place(OrderId.random(), OrderNumbers.next(now), buyer.id(), buyer.organisationId(),
				buyer.displayName() + " (" + buyer.organisationName() + ")", drop.seller(), snapshot.sellerName(), corridor.id(),
				corridor.origin(), corridor.destination(), priced, command.address(), Actor.of(buyer), now, now.plus(reservationTimeout));
		DropClaim claim = new DropClaim(id, order, buyer.id(), buyer.organisationId(), command.quantity(), drop.perBuyerCap(), checkedKey,
				hash, arrivals.incrementAndGet());
		DropOutcome outcome = await(claim);
		if (outcome instanceof DropOutcome.Placed) {
			return new Placed(((DropOutcome.Placed) outcome).order(), true);
		}
		if (outcome instanceof DropOutcome.KeyTaken) {
			Claim winner = idempotency.find(buyer.id(), DropReservationWriter.OPERATION, checkedKey)
					.orElseThrow(() -> new Conflict("A request with Idempotency-Key '" + checkedKey + "' is still being processed; retry it in a moment"));
			return new Placed(replay(winner, hash, checkedKey), false);
		}
		if (outcome instanceof DropOutcome.OverCap) {
			DropOutcome.OverCap over = (DropOutcome.OverCap) outcome;
			throw new Conflict("Limit reached: your organisation (" + buyer.organisationName() + ") already holds " + over.held() + " of at most "
					+ over.cap() + " unit(s) per buyer in drop \"" + drop.title() + "\"; " + command.quantity() + " more requested");
		}
		if (outcome instanceof DropOutcome.SoldOut) {
			int left = ((DropOutcome.SoldOut) outcome).left();
			if (left == 0) {
				soldOutSeen.put(id, System.nanoTime());
			}
			throw soldOut(drop, left);
		}
		if (outcome instanceof DropOutcome.NotLive) {
			snapshots.remove(id);
			DropPhase phase = ((DropOutcome.NotLive) outcome).phase();
			refuseOutsideWindow(drop, phase == DropPhase.UPCOMING ? drop.startsAt().minusMillis(1) : drop.endsAt());
			throw new Conflict("Drop \"" + drop.title() + "\" is not open for orders");
		}
		throw ((DropOutcome.Failed) outcome).cause();
	}

	private DropOutcome await(DropClaim claim) {
		try {
			return reservations.reserve(claim).get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while placing a drop order", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("The drop reservation failed", e.getCause());
		}
		catch (TimeoutException e) {
			// The claim may still commit later; the buyer retries with the same Idempotency-Key and gets that order.
			throw new Conflict("The drop is very busy: your request is still being processed. Retry with the same Idempotency-Key "
					+ "to get its result.");
		}
	}

	static Conflict soldOut(Drop drop, int left) {
		return new Conflict(left == 0 ? "Sold out: drop \"" + drop.title() + "\" (lot " + drop.lotReference() + ") has no units left"
				: "Only " + left + " unit(s) of drop \"" + drop.title() + "\" left");
	}

	private static void refuseOutsideWindow(Drop drop, Instant now) {
		DropPhase phase = drop.phase(now);
		if (phase == DropPhase.UPCOMING) {
			throw new Conflict("Drop \"" + drop.title() + "\" has not started: it opens at " + drop.startsAt() + " (in "
					+ DropFormats.duration(drop.untilStart(now)) + "); orders before the start are refused");
		}
		if (phase == DropPhase.ENDED) {
			throw new Conflict("Drop \"" + drop.title() + "\" has ended (at " + drop.endsAt() + "); it takes no more orders");
		}
	}

	private Corridor corridor(Drop drop, @Nullable CorridorId asked, CurrentUser buyer) {
		if (asked != null) {
			if (!drop.offeredOn(asked)) {
				throw new InvalidInput("corridorId", "Drop \"" + drop.title() + "\" is not offered on corridor " + asked);
			}
			Corridor corridor = network.corridor(asked).orElseThrow(() -> new InvalidInput("corridorId", "Corridor '" + asked + "' does not exist"));
			if (!corridor.destinationCountry().equals(buyer.country())) {
				throw new InvalidInput("corridorId", "Corridor " + LineRules.route(corridor) + " delivers to " + corridor.destinationCountry()
						+ "; your organisation is in " + buyer.country());
			}
			return corridor;
		}
		return drop.corridors().stream().map(network::corridor).flatMap(Optional::stream)
				.filter(c -> c.destinationCountry().equals(buyer.country())).findFirst()
				.orElseThrow(() -> new InvalidInput("corridorId", "Drop \"" + drop.title() + "\" is not offered to buyers in " + buyer.country()));
	}

	/** One read per drop and second on this instance: concurrent requests for a stale drop wait for one loader. */
	private Snapshot snapshot(DropId id) {
		Snapshot current = snapshots.get(id);
		if (current != null && System.nanoTime() - current.readAtNanos() < SNAPSHOT_TTL.toNanos()) {
			return current;
		}
		return snapshots.compute(id, (key, old) -> old != null && System.nanoTime() - old.readAtNanos() < SNAPSHOT_TTL.toNanos() ? old : load(key));
	}

	private Snapshot load(DropId id) {
		Drop drop = drops.find(id).orElseThrow(() -> NotFound.of("Drop", id));
		LotDetails lot = scheduling.lotOf(drop);
		String sellerName = organisations.find(drop.seller()).map(OrganisationSummary::name).orElse("Seller " + drop.seller());
		return new Snapshot(drop, lot, sellerName, System.nanoTime(), new ConcurrentHashMap<>());
	}

	/** Forgets what this instance remembers of a drop (after units came back to it). */
	void forget(DropId id) {
		snapshots.remove(id);
		soldOutSeen.remove(id);
	}

	private Order replay(Claim claim, String hash, String key) {
		if (!claim.requestHash().equals(hash)) {
			throw new Conflict("Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new request");
		}
		return orders.find(claim.order()).orElseThrow(() -> NotFound.of("Order", claim.order()));
	}
}
