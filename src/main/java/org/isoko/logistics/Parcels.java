package org.isoko.logistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.LotDetails;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderShipping;
import org.isoko.ordering.ShippableOrder;
import org.isoko.shared.Conflict;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parcels and their timeline: created when a seller accepts an order, received at the
 * origin hub, moved along by agents and carriers. Who sees a parcel: its seller, its
 * buyer, agents and hub operators of its origin or destination hub, admins; everyone else
 * gets 404 (the public tracking page shows milestones only).
 */
@Service
public class Parcels {

	private static final Logger LOG = LoggerFactory.getLogger(Parcels.class);

	private final LogisticsStore store;

	private final OrderShipping orders;

	private final Catalog catalog;

	private final LogisticsSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Parcels(LogisticsStore store, OrderShipping orders, Catalog catalog, LogisticsSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.orders = orders;
		this.catalog = catalog;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** A parcel with its timeline, as its seller, buyer and the hubs see it. */
	public record ParcelView(Parcel parcel, List<TrackingEvent> timeline) {
	}

	/**
	 * What anyone with the waybill number may see: no names, no addresses, no reasons.
	 */
	public record PublicTracking(Waybill waybill, HubCode origin, HubCode destination, Milestone status,
			List<TrackingEvent.Public> events) {
	}

	/** The answer to a scan at intake. */
	public record Intake(Parcel parcel, boolean alreadyReceived) {
	}

	// ---- creation

	/** Creates the parcel of an accepted order, once (a redelivered event finds it). */
	@Transactional
	public Parcel createFor(OrderId orderId, Instant at) {
		Optional<Parcel> existing = store.parcelOf(orderId);
		if (existing.isPresent()) {
			return existing.get();
		}
		ShippableOrder order = orders.shippable(orderId).orElseThrow(() -> NotFound.of("Order", orderId));
		long grams = 0;
		int pieces = 0;
		for (ShippableOrder.Line line : order.lines()) {
			long gross = catalog.lot(line.lot()).map(LotDetails::grossWeightGrams).orElse(1000L);
			grams += gross * line.quantity();
			pieces += line.quantity();
		}
		Waybill waybill = Waybill.of(order.origin(), store.nextWaybillSerial());
		Parcel parcel = new Parcel(ParcelId.random(), waybill, order.id(), order.number(), order.seller(),
				order.sellerName(), order.buyer(), order.corridor(), order.origin(), order.destination(), grams, pieces,
				null, null, order.freightPerKg(), order.freightCurrency(), null, Handover.DROP_OFF, null,
				Milestone.LABEL_CREATED, null, at, null, null, at);
		store.insert(parcel);
		store.append(new TrackingEvent(UUID.randomUUID(), parcel.id(), Milestone.LABEL_CREATED, at, clock.instant(),
				order.origin(), EventSource.SYSTEM, "Isoko (system)", null, null, null));
		events.publishEvent(new ParcelCreated(parcel.id(), waybill, order.id(), at));
		return parcel;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public ParcelView view(CurrentUser user, Waybill waybill) {
		Parcel parcel = store.parcel(waybill).filter(p -> maySee(user, p)).orElseThrow(() -> unknown(waybill));
		return new ParcelView(parcel, store.timeline(parcel.id()));
	}

	/**
	 * A parcel whose documents (label, invoice, packing list) the user may print: its
	 * seller, buyer and the staff of its two hubs. Staff of another hub are told which
	 * hubs it belongs to (403); anyone else learns nothing (404, as for an unknown
	 * waybill).
	 */
	@Transactional(readOnly = true)
	public Parcel forDocuments(CurrentUser user, Waybill waybill) {
		Parcel parcel = store.parcel(waybill).orElseThrow(() -> unknown(waybill));
		if (maySee(user, parcel)) {
			return parcel;
		}
		if (user.has(Role.LOGISTICS_AGENT) || user.has(Role.HUB_OPERATOR)) {
			throw new WrongHub("Parcel " + waybill + " travels from hub " + parcel.origin() + " to "
					+ parcel.destination() + ", not through " + user.hub());
		}
		throw unknown(waybill);
	}

	@Transactional(readOnly = true)
	public Optional<ParcelView> ofOrder(CurrentUser user, OrderId order) {
		return store.parcelOf(order).filter(p -> maySee(user, p)).map(p -> new ParcelView(p, store.timeline(p.id())));
	}

	@Transactional(readOnly = true)
	public PublicTracking track(Waybill waybill) {
		Parcel parcel = store.parcel(waybill).orElseThrow(() -> unknown(waybill));
		return new PublicTracking(waybill, parcel.origin(), parcel.destination(), parcel.status(),
				store.timeline(parcel.id()).stream().map(TrackingEvent::toPublic).toList());
	}

	/**
	 * The parcels an agent or hub operator handles: leaving their hub, or (arriving)
	 * coming to it; sellers see their own.
	 */
	@Transactional(readOnly = true)
	public PageOf<Parcel> list(CurrentUser user, boolean arriving, @Nullable Milestone status, PageRequest page) {
		if (isHubStaff(user)) {
			return store.parcelsAt(user.hub(), arriving, status, page);
		}
		if (user.has(Role.SELLER)) {
			return store.parcelsOfSeller(user.organisationId(), page);
		}
		throw new AccessDeniedException("Only sellers, logistics agents and hub operators list parcels");
	}

	// ---- the seller's handover

	/**
	 * The seller's parcels still to bring to (or be collected for) their origin hub: not
	 * yet received there, oldest first. For channels that list them without the web's
	 * filters (USSD).
	 */
	@Transactional(readOnly = true)
	public PageOf<Parcel> toHandOver(CurrentUser user, PageRequest page) {
		if (!user.has(Role.SELLER)) {
			throw new AccessDeniedException("Only sellers hand parcels to a hub");
		}
		return store.awaitingHandover(user.organisationId(), page);
	}

	@Transactional
	public Parcel chooseHandover(CurrentUser user, Waybill waybill, Handover handover,
			Parcel.@Nullable PickupRequest pickup) {
		Parcel parcel = store.parcel(waybill).filter(p -> maySee(user, p)).orElseThrow(() -> unknown(waybill));
		if (!user.belongsTo(parcel.seller())) {
			throw new AccessDeniedException("Only the seller chooses how a parcel reaches the hub");
		}
		if (parcel.isReceived()) {
			throw new Conflict("Parcel " + waybill + " was received at " + parcel.origin() + " already");
		}
		if (handover == Handover.PICKUP) {
			if (pickup == null || pickup.address() == null || pickup.address().isBlank()) {
				throw new InvalidInput("pickupAddress", "A pickup needs the address to collect the parcel from");
			}
			if (pickup.address().trim().length() > 300) {
				throw new InvalidInput("pickupAddress", "The pickup address must be at most 300 characters");
			}
			if (pickup.from() == null || pickup.to() == null || !pickup.to().isAfter(pickup.from())) {
				throw new InvalidInput("pickupTo", "The pickup window must end after it starts");
			}
			if (!pickup.from().isAfter(clock.instant())) {
				throw new InvalidInput("pickupFrom", "The pickup window must start in the future");
			}
		}
		store.handover(parcel.id(), handover,
				handover == Handover.PICKUP
						? new Parcel.PickupRequest(pickup.address().trim(), pickup.from(), pickup.to()) : null,
				clock.instant());
		return store.parcel(parcel.id()).orElseThrow();
	}

	// ---- intake at the origin hub

	/**
	 * Receives a scanned parcel at the agent's hub with its measured weight and
	 * dimensions. A second scan of the same parcel changes nothing and says so. The first
	 * one marks the order SHIPPED; a parcel heavier than declared beyond the tolerance is
	 * flagged with the freight the excess would cost at the buyer's quoted rate.
	 */
	@Transactional
	public Intake receive(CurrentUser user, Waybill waybill, long measuredGrams,
			Parcel.@Nullable Dimensions dimensions) {
		requireAgent(user);
		if (measuredGrams <= 0) {
			throw new InvalidInput("measuredGrams", "The measured weight must be more than 0 g");
		}
		Parcel parcel = store.parcel(waybill).orElseThrow(() -> unknown(waybill));
		if (!user.isAdmin() && !parcel.origin().equals(user.hub())) {
			throw new WrongHub("Parcel " + waybill + " leaves from hub " + parcel.origin() + ", not from " + user.hub()
					+ ": it must be received there");
		}
		if (parcel.isReceived()) {
			return new Intake(parcel, true);
		}
		Instant now = clock.instant();
		Money overweight = overweight(parcel, measuredGrams);
		String by = actor(user);
		if (!store.receive(parcel.id(), measuredGrams, dimensions, overweight, by, now)) {
			return new Intake(store.parcel(parcel.id()).orElseThrow(), true); // a scan
																				// racing
																				// this
																				// one won
		}
		record(parcel, Milestone.RECEIVED_AT_ORIGIN, now, parcel.origin(), EventSource.AGENT, by,
				overweight == null ? null : "Heavier than declared: " + grams(measuredGrams) + " measured, "
						+ grams(parcel.declaredGrams()) + " declared; extra freight " + overweight,
				null, null);
		orders.handedToCarrier(parcel.order(), "Isoko logistics (" + parcel.origin() + ")", waybill.value(), by, now);
		if (overweight != null) {
			LOG.info("Parcel {} is heavier than declared ({} g against {} g): extra freight {}", waybill, measuredGrams,
					parcel.declaredGrams(), overweight);
			events.publishEvent(new ParcelOverweight(parcel.id(), waybill, parcel.order(), parcel.seller(),
					parcel.declaredGrams(), measuredGrams, overweight, now));
		}
		return new Intake(store.parcel(parcel.id()).orElseThrow(), false);
	}

	/**
	 * The freight the excess over the declared weight costs at the rate the buyer's
	 * freight was quoted at (kg × rate, rounded once half-up to the currency's minor
	 * unit), when it passes the tolerance; null when within tolerance. An order priced
	 * goods-only charged no freight and has no rate: there is nothing to price.
	 */
	@Nullable Money overweight(Parcel parcel, long measuredGrams) {
		BigDecimal limit = BigDecimal.valueOf(parcel.declaredGrams())
			.multiply(BigDecimal.ONE.add(settings.weightTolerance()));
		if (BigDecimal.valueOf(measuredGrams).compareTo(limit) <= 0) {
			return null;
		}
		if (parcel.freightPerKg() == null || parcel.freightCurrency() == null) {
			return null;
		}
		BigDecimal excessKg = BigDecimal.valueOf(measuredGrams - parcel.declaredGrams()).movePointLeft(3);
		BigDecimal amount = excessKg.multiply(parcel.freightPerKg())
			.setScale(parcel.freightCurrency().minorUnitDigits(), RoundingMode.HALF_UP);
		return Money.of(amount, parcel.freightCurrency());
	}

	// ---- events posted by agents

	/**
	 * An agent of the destination hub posts arrived, out for delivery, delivered or an
	 * exception (with its reason).
	 */
	@Transactional
	public ParcelView post(CurrentUser user, Waybill waybill, Milestone milestone, @Nullable String reason) {
		requireAgent(user);
		Parcel parcel = store.parcel(waybill).orElseThrow(() -> unknown(waybill));
		if (!milestone.postedAtDestination()) {
			throw new InvalidInput("milestone", "Agents post ARRIVED_AT_DESTINATION, OUT_FOR_DELIVERY, DELIVERED or "
					+ "EXCEPTION here; " + milestone + " is recorded by intake, consignments or customs");
		}
		boolean exceptionAtOrigin = milestone == Milestone.EXCEPTION && parcel.origin().equals(user.hub());
		if (!user.isAdmin() && !parcel.destination().equals(user.hub()) && !exceptionAtOrigin) {
			throw new WrongHub("Parcel " + waybill + " goes to hub " + parcel.destination() + ", not to " + user.hub()
					+ ": its agents post its arrival and delivery");
		}
		String why = reason == null || reason.isBlank() ? null : reason.trim();
		if (milestone == Milestone.EXCEPTION && why == null) {
			throw new InvalidInput("reason", "An exception needs its reason (damaged, refused, address unknown...)");
		}
		if (why != null && why.length() > 300) {
			throw new InvalidInput("reason", "The reason must be at most 300 characters");
		}
		if (parcel.status() == Milestone.DELIVERED && milestone != Milestone.EXCEPTION) {
			throw new Conflict("Parcel " + waybill + " was delivered already");
		}
		if (parcel.status() == Milestone.HANDED_TO_CUSTOMS
				&& (milestone == Milestone.OUT_FOR_DELIVERY || milestone == Milestone.DELIVERED)) {
			throw new Conflict("Parcel " + waybill + " is with customs: it goes out for delivery once released");
		}
		record(parcel, milestone, clock.instant(), user.hub(), EventSource.AGENT, actor(user), why, null, null);
		return new ParcelView(store.parcel(parcel.id()).orElseThrow(), store.timeline(parcel.id()));
	}

	// ---- customs

	/** A parcel as the system sees it (no caller to check): for the customs module. */
	@Transactional(readOnly = true)
	public Optional<Parcel> parcel(ParcelId id) {
		return store.parcel(id);
	}

	/**
	 * The customs module posts HANDED_TO_CUSTOMS and RELEASED_BY_CUSTOMS at the
	 * destination hub, or EXCEPTION with the reason when customs refused the goods (they
	 * go back), once each: a second post of the same milestone changes nothing.
	 * @return true when the event was added
	 */
	@Transactional
	public boolean postCustoms(ParcelId id, Milestone milestone, String authority, @Nullable String reason,
			Instant at) {
		requireCustomsMilestone(milestone);
		Parcel parcel = store.parcel(id).orElseThrow(() -> NotFound.of("Parcel", id));
		if (store.timeline(id).stream().anyMatch(e -> e.milestone() == milestone)) {
			return false;
		}
		return record(parcel, milestone, at, parcel.destination(), EventSource.SYSTEM, authority, reason, null, null);
	}

	/**
	 * {@link #postCustoms(ParcelId, Milestone, String, String, Instant)} for several
	 * parcels at once (those of one customs receipt message): the same event per parcel
	 * that lacks it, in one transaction and a few statements for all of them (the parcels
	 * locked and read together, their events appended and statuses moved in JDBC
	 * batches).
	 * @return the parcels whose event was added, in the list's order
	 */
	@Transactional
	public List<ParcelId> postCustoms(List<ParcelId> ids, Milestone milestone, String authority,
			@Nullable String reason, Instant at) {
		requireCustomsMilestone(milestone);
		Map<ParcelId, Parcel> found = new HashMap<>();
		store.lockParcels(ids).forEach(p -> found.put(p.id(), p));
		Set<ParcelId> posted = store.parcelsWith(found.keySet(), milestone);
		Instant now = clock.instant();
		List<TrackingEvent> fresh = new ArrayList<>();
		for (ParcelId id : ids) {
			Parcel parcel = found.get(id);
			if (parcel == null) {
				throw NotFound.of("Parcel", id);
			}
			// posted.add: a parcel named twice gets its event once.
			if (posted.add(id)) {
				fresh.add(new TrackingEvent(UUID.randomUUID(), id, milestone, at, now, parcel.destination(),
						EventSource.SYSTEM, authority, reason, null, null));
			}
		}
		boolean[] written = store.appendAll(fresh);
		List<TrackingEvent> added = new ArrayList<>();
		for (int i = 0; i < written.length; i++) {
			if (written[i]) {
				added.add(fresh.get(i));
			}
		}
		store.moveStatuses(added, now);
		for (TrackingEvent e : added) {
			recorded(found.get(e.parcel()), milestone, at, authority, false); // a customs
																				// milestone,
																				// never
																				// an
																				// arrival
		}
		return added.stream().map(TrackingEvent::parcel).toList();
	}

	private static void requireCustomsMilestone(Milestone milestone) {
		if (milestone != Milestone.HANDED_TO_CUSTOMS && milestone != Milestone.RELEASED_BY_CUSTOMS
				&& milestone != Milestone.EXCEPTION) {
			throw new IllegalArgumentException(
					"Customs posts HANDED_TO_CUSTOMS, RELEASED_BY_CUSTOMS or EXCEPTION (refused), not " + milestone);
		}
	}

	/**
	 * Appends an event to the timeline and moves the parcel's status (and, for a
	 * delivery, the order) on. False when the carrier event was seen before.
	 */
	boolean record(Parcel parcel, Milestone milestone, Instant occurredAt, @Nullable HubCode hub, EventSource source,
			String actor, @Nullable String reason, @Nullable String carrierEventId, @Nullable String carrierCode) {
		Instant now = clock.instant();
		boolean firstArrival = milestone == Milestone.ARRIVED_AT_DESTINATION && noArrivalYet(parcel.id());
		boolean added = store.append(new TrackingEvent(UUID.randomUUID(), parcel.id(), milestone, occurredAt, now, hub,
				source, actor, reason, carrierEventId, carrierCode));
		if (!added) {
			return false;
		}
		store.refreshStatus(parcel.id(), now);
		recorded(parcel, milestone, occurredAt, actor, firstArrival);
		return true;
	}

	/**
	 * Whether the parcel's timeline has no arrival yet, asked under the parcel's lock
	 * (taken here if the caller has not): of two arrivals racing, the second waits for
	 * the first to commit and then sees it.
	 */
	private boolean noArrivalYet(ParcelId id) {
		store.lockParcels(List.of(id));
		return store.arrived(List.of(id)).isEmpty();
	}

	/**
	 * What a new event sets off, once it is recorded and the parcel's status moved: the
	 * parcel's first arrival is announced ({@code firstArrival}: the event is an arrival
	 * and the timeline had none before it, read under the parcel's lock; a second one,
	 * such as an agent's scan after the consignment's arrival or a carrier's redelivery
	 * under a new event id, announces nothing), a delivery moves the order on.
	 */
	void recorded(Parcel parcel, Milestone milestone, Instant occurredAt, String actor, boolean firstArrival) {
		if (firstArrival) {
			events.publishEvent(
					new ParcelArrived(parcel.id(), parcel.waybill(), parcel.order(), parcel.destination(), occurredAt));
		}
		if (milestone == Milestone.DELIVERED) {
			orders.deliveredByCarrier(parcel.order(), actor, occurredAt);
		}
	}

	Parcel require(Waybill waybill) {
		return store.parcel(waybill).orElseThrow(() -> unknown(waybill));
	}

	// ---- who

	static boolean isHubStaff(CurrentUser user) {
		return user.isAdmin() || user.has(Role.LOGISTICS_AGENT) || user.has(Role.HUB_OPERATOR);
	}

	static void requireAgent(CurrentUser user) {
		if (!user.isAdmin() && !user.has(Role.LOGISTICS_AGENT)) {
			throw new AccessDeniedException("Only logistics agents handle parcels at a hub");
		}
	}

	static boolean maySee(CurrentUser user, Parcel parcel) {
		if (user.isAdmin() || user.id().equals(parcel.buyer()) || user.belongsTo(parcel.seller())) {
			return true;
		}
		return (user.has(Role.LOGISTICS_AGENT) || user.has(Role.HUB_OPERATOR))
				&& (user.hub().equals(parcel.origin()) || user.hub().equals(parcel.destination()));
	}

	static String actor(CurrentUser user) {
		return user.displayName() + " (" + user.organisationName() + ")";
	}

	static NotFound unknown(Waybill waybill) {
		return new NotFound("There is no parcel with waybill " + waybill);
	}

	private static String grams(long grams) {
		return BigDecimal.valueOf(grams).movePointLeft(3).stripTrailingZeros().toPlainString() + " kg";
	}

}
