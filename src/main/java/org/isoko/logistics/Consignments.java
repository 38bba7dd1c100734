package org.isoko.logistics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.isoko.identity.CurrentUser;
import org.isoko.logistics.documents.AirWaybillNumber;
import org.isoko.logistics.planning.ConsolidationPlanner;
import org.isoko.logistics.planning.ConsolidationPlanner.Candidate;
import org.isoko.logistics.planning.ConsolidationPlanner.Departure;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consignments: the departures of a corridor, the plan that fills them, the agent's
 * moves, and closing, departing and arriving. Loading is checked by the database (one
 * conditional update per parcel), so neither the cut-off nor the capacity can be passed.
 */
@Service
public class Consignments {

	private final LogisticsStore store;

	private final Parcels parcels;

	private final Network network;

	private final OrderShipping orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<DepartureClearance> clearances;

	Consignments(LogisticsStore store, Parcels parcels, Network network, OrderShipping orders,
			ApplicationEventPublisher events, Clock clock, ObjectProvider<DepartureClearance> clearances) {
		this.clearances = clearances;
		this.store = store;
		this.parcels = parcels;
		this.network = network;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/** What a new departure is. */
	public record NewConsignment(CorridorId corridor, DepartureMode mode, Instant cutoffAt, long capacityGrams,
			int capacityPieces, @Nullable String masterWaybill) {
	}

	/**
	 * A consignment with its parcels and its money: the freight the buyers paid for its
	 * parcels against what the carrier charges (the margin, when both are in one
	 * currency).
	 */
	public record ConsignmentView(Consignment consignment, List<Parcel> parcels, @Nullable Money freightCollected,
			@Nullable Money margin) {
	}

	/**
	 * A proposed plan: for each open consignment the waybills it would take, and those
	 * left.
	 */
	public record PlanView(Map<ConsignmentId, List<Waybill>> loads, List<Waybill> unplanned) {
	}

	@Transactional
	public Consignment create(CurrentUser user, NewConsignment request) {
		Parcels.requireAgent(user);
		Corridor corridor = network.corridor(request.corridor())
			.orElseThrow(() -> new InvalidInput("corridor", "There is no corridor " + request.corridor()));
		requireOrigin(user, corridor.origin().value(), "consignments leaving from it");
		Instant now = clock.instant();
		if (!request.cutoffAt().isAfter(now)) {
			throw new InvalidInput("cutoffAt", "The cut-off must be in the future");
		}
		if (request.capacityGrams() <= 0) {
			throw new InvalidInput("capacityKg", "The capacity must be more than 0 kg");
		}
		if (request.capacityPieces() <= 0) {
			throw new InvalidInput("capacityPieces", "The capacity must be at least 1 piece");
		}
		ConsignmentId id = ConsignmentId.random();
		String mawb = masterWaybill(request.mode(), request.masterWaybill(), corridor.origin(), id);
		if (store.masterWaybillTaken(mawb)) {
			throw new Conflict("Master waybill " + mawb + " is used by another consignment");
		}
		Consignment consignment = new Consignment(id, corridor.id(), corridor.origin(), corridor.destination(),
				request.mode(), request.cutoffAt(), request.capacityGrams(), request.capacityPieces(), 0, 0, mawb,
				ConsignmentStatus.OPEN, null, null, now, Parcels.actor(user), null, null, null);
		store.insert(consignment);
		return consignment;
	}

	/**
	 * An air consignment's master waybill is the airline's: the IATA form (3-digit
	 * prefix, 7-digit serial, mod-7 check digit), checked and written 176-12345675. A
	 * truck or sea consignment may give its carrier's reference, or gets one of ours,
	 * drawn from the consignment's random id (from the clock's millisecond, two
	 * consignments created in the same millisecond, or under a clock that stands still,
	 * collided).
	 */
	static String masterWaybill(DepartureMode mode, @Nullable String given, HubCode origin, ConsignmentId id) {
		String text = given == null || given.isBlank() ? null : given.trim().toUpperCase(java.util.Locale.ROOT);
		if (mode == DepartureMode.FLIGHT) {
			if (text == null) {
				throw new InvalidInput("masterWaybill",
						"An air consignment needs the airline's master waybill " + "number, e.g. 176-12345675");
			}
			try {
				return AirWaybillNumber.parse(text).formatted();
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInput("masterWaybill", e.getMessage());
			}
		}
		if (text == null) {
			return "MAWB-" + origin + "-"
					+ Long.toString(id.value().getMostSignificantBits() >>> 1, 36).toUpperCase(java.util.Locale.ROOT);
		}
		if (text.length() > 30 || !text.matches("[A-Z0-9-]+")) {
			throw new InvalidInput("masterWaybill", "A master waybill is up to 30 letters, digits and dashes");
		}
		return text;
	}

	@Transactional(readOnly = true)
	public PageOf<Consignment> list(CurrentUser user, PageRequest page) {
		if (!Parcels.isHubStaff(user)) {
			throw new AccessDeniedException("Only logistics agents and hub operators see consignments");
		}
		return store.consignmentsAt(user.hub(), page);
	}

	/**
	 * Consignments coming to the user's hub in {@code status} (DEPARTED: expected;
	 * ARRIVED), the latest first.
	 */
	@Transactional(readOnly = true)
	public List<Consignment> arrivingAt(CurrentUser user, ConsignmentStatus status, int limit) {
		if (!Parcels.isHubStaff(user)) {
			throw new AccessDeniedException("Only logistics agents and hub operators see consignments");
		}
		return store.consignmentsTo(user.hub(), status, limit);
	}

	@Transactional(readOnly = true)
	public ConsignmentView view(CurrentUser user, ConsignmentId id) {
		Consignment c = visible(user, id);
		List<Parcel> in = store.parcelsIn(id);
		Money collected = null;
		for (Parcel p : in) {
			Money freight = orders.shippable(p.order()).map(ShippableOrder::freight).orElse(null);
			if (freight == null || collected != null && !collected.currency().equals(freight.currency())) {
				collected = null; // buyers paid in several currencies: no single figure
				break;
			}
			collected = collected == null ? freight : collected.plus(freight);
		}
		Money margin = collected != null && c.carrierCost() != null
				&& collected.currency().equals(c.carrierCost().currency()) ? collected.minus(c.carrierCost()) : null;
		return new ConsignmentView(c, in, collected, margin);
	}

	/**
	 * The plan for a corridor's waiting parcels over its open consignments; nothing is
	 * changed.
	 */
	@Transactional(readOnly = true)
	public PlanView proposePlan(CurrentUser user, CorridorId corridor) {
		Parcels.requireAgent(user);
		Corridor c = network.corridor(corridor)
			.orElseThrow(() -> new InvalidInput("corridor", "There is no corridor " + corridor));
		requireOrigin(user, c.origin().value(), "its plan");
		List<Parcel> waiting = store.waitingOn(corridor);
		// The plan names parcels by id; their waybills come from the same read, not a
		// look-up per parcel (20,000 round trips to PostgreSQL were most of a drop's
		// plan).
		Map<UUID, Waybill> waybills = new HashMap<>();
		waiting.forEach(p -> waybills.put(p.id().value(), p.waybill()));
		return view(plan(waiting, corridor, clock.instant()), waybills);
	}

	/**
	 * Loads the corridor's waiting parcels as the plan proposes. The locks are taken
	 * first as every writer takes them, consignments before parcels, each in id order:
	 * loading in the plan's order would deadlock with a carrier's delivery for the same
	 * parcels, or with an agent loading one of them by hand.
	 */
	@Transactional
	public PlanView applyPlan(CurrentUser user, CorridorId corridor) {
		PlanView plan = proposePlan(user, corridor);
		store.lockConsignments(plan.loads().keySet());
		store.lockParcelsByWaybill(
				plan.loads().values().stream().flatMap(List::stream).map(Waybill::value).collect(Collectors.toSet()));
		plan.loads().forEach((consignment, waybills) -> waybills.forEach(w -> load(user, consignment, w)));
		return plan;
	}

	private ConsolidationPlanner.Plan plan(List<Parcel> parcels, CorridorId corridor, Instant now) {
		List<Candidate> waiting = parcels.stream()
			.map(p -> new Candidate(p.id().value(), p.seller().value(), p.chargeableGrams(), p.declaredPieces(),
					p.receivedAt()))
			.toList();
		List<Departure> open = store.openOn(corridor, now)
			.stream()
			.map(c -> new Departure(c.id().value(), c.cutoffAt(), c.freeGrams(), c.freePieces()))
			.toList();
		return ConsolidationPlanner.plan(waiting, open, now);
	}

	private static PlanView view(ConsolidationPlanner.Plan plan, Map<UUID, Waybill> waybills) {
		Map<ConsignmentId, List<Waybill>> loads = new java.util.LinkedHashMap<>();
		plan.loads()
			.forEach((id, load) -> loads.put(new ConsignmentId(id),
					load.stream().map(c -> waybills.get(c.id())).toList()));
		return new PlanView(loads, plan.unplanned().stream().map(c -> waybills.get(c.id())).toList());
	}

	/**
	 * Puts a received parcel in a consignment of its corridor, taking it out of the one
	 * it was in (before that one's cut-off too).
	 * @throws Conflict past the cut-off, over the capacity, or when the consignment is
	 * not open
	 */
	@Transactional
	public Parcel load(CurrentUser user, ConsignmentId id, Waybill waybill) {
		Parcels.requireAgent(user);
		Consignment target = visible(user, id);
		requireOrigin(user, target.origin().value(), "its consignments");
		Parcel parcel = parcels.require(waybill);
		if (!parcel.origin().equals(target.origin())) {
			throw new WrongHub(
					"Parcel " + waybill + " leaves from hub " + parcel.origin() + ", not from " + target.origin());
		}
		if (!parcel.corridor().equals(target.corridor())) {
			throw new InvalidInput("waybill", "Parcel " + waybill + " goes to " + parcel.destination()
					+ ", consignment " + target.masterWaybill() + " to " + target.destination());
		}
		if (id.equals(parcel.consignment())) {
			return parcel; // already there: nothing to do
		}
		if (!parcel.isReceived()
				|| parcel.status() != Milestone.RECEIVED_AT_ORIGIN && parcel.status() != Milestone.IN_CONSIGNMENT) {
			throw new Conflict("Parcel " + waybill + " is " + parcel.status() + ": only parcels received at the hub "
					+ "and not yet departed go into a consignment");
		}
		Instant now = clock.instant();
		if (!store.load(id, parcel.chargeableGrams(), parcel.declaredPieces(), now)) {
			throw refusal(store.consignment(id).orElseThrow(), parcel, now);
		}
		if (parcel.consignment() != null
				&& !store.unload(parcel.consignment(), parcel.chargeableGrams(), parcel.declaredPieces(), now)) {
			Consignment from = store.consignment(parcel.consignment()).orElseThrow();
			throw new Conflict("Parcel " + waybill + " cannot leave consignment " + from.masterWaybill() + ": it is "
					+ from.status() + " with cut-off " + from.cutoffAt());
		}
		store.assign(parcel.id(), id, now);
		parcels.record(parcel, Milestone.IN_CONSIGNMENT, now, target.origin(), EventSource.AGENT, Parcels.actor(user),
				"Master waybill " + target.masterWaybill(), null, null);
		return parcels.require(waybill);
	}

	private static Conflict refusal(Consignment c, Parcel parcel, Instant now) {
		if (c.status() != ConsignmentStatus.OPEN) {
			return new Conflict("Consignment " + c.masterWaybill() + " is " + c.status() + ": it takes no parcels");
		}
		if (!now.isBefore(c.cutoffAt())) {
			return new Conflict("Consignment " + c.masterWaybill() + " is past its cut-off (" + c.cutoffAt() + ")");
		}
		return new Conflict("Parcel " + parcel.waybill() + " (" + parcel.chargeableGrams() + " g, "
				+ parcel.declaredPieces() + " pieces) exceeds the capacity left in consignment " + c.masterWaybill()
				+ ": " + c.freeGrams() + " g and " + c.freePieces() + " pieces");
	}

	/** Seals a consignment: its manifest is final and it takes no more parcels. */
	@Transactional
	public Consignment close(CurrentUser user, ConsignmentId id) {
		Consignment c = atOrigin(user, id);
		if (!store.move(id, ConsignmentStatus.OPEN, ConsignmentStatus.CLOSED, Parcels.actor(user), clock.instant())) {
			throw new Conflict("Consignment " + c.masterWaybill() + " is " + c.status() + ", not OPEN");
		}
		return store.consignment(id).orElseThrow();
	}

	/**
	 * The consignment left: it is closed if it was not, each parcel's timeline says
	 * DEPARTED, and {@link ConsignmentDeparted} hands the buyers' freight to the carrier
	 * (published once: only the move from CLOSED to DEPARTED publishes it). The parcels
	 * are locked in id order after the consignment, as every writer of several parcels
	 * does, so a carrier's delivery for them waits instead of deadlocking.
	 */
	@Transactional
	public Consignment depart(CurrentUser user, ConsignmentId id) {
		Consignment c = atOrigin(user, id);
		Instant now = clock.instant();
		String by = Parcels.actor(user);
		if (c.status() == ConsignmentStatus.OPEN || c.status() == ConsignmentStatus.CLOSED) {
			clearance(c).ifPresent(refusal -> {
				throw new DepartureNotCleared(refusal);
			});
		}
		if (c.status() == ConsignmentStatus.OPEN) {
			store.move(id, ConsignmentStatus.OPEN, ConsignmentStatus.CLOSED, by, now);
		}
		if (!store.move(id, ConsignmentStatus.CLOSED, ConsignmentStatus.DEPARTED, by, now)) {
			throw new Conflict("Consignment " + c.masterWaybill() + " is " + c.status() + ": it left already");
		}
		List<ConsignmentDeparted.OrderFreight> freight = new ArrayList<>();
		for (Parcel p : lockedByWaybill(id)) {
			parcels.record(p, Milestone.DEPARTED, now, c.origin(), EventSource.AGENT, by,
					c.mode() + " " + c.masterWaybill(), null, null);
			orders.shippable(p.order())
				.map(ShippableOrder::freight)
				.filter(Money::isPositive)
				.ifPresent(paid -> freight.add(new ConsignmentDeparted.OrderFreight(p.order(), paid)));
		}
		String carrier = c.carrierName() != null ? c.carrierName() : c.mode() + " " + c.masterWaybill();
		events.publishEvent(new ConsignmentDeparted(id, c.masterWaybill(), c.corridor(), c.origin(), c.destination(),
				carrier, c.carrierCost(), freight, now));
		return store.consignment(id).orElseThrow();
	}

	/**
	 * Why the consignment may not leave yet (the first refusal of the
	 * {@link DepartureClearance}s), empty when nothing holds it.
	 */
	public java.util.Optional<DepartureClearance.Refusal> clearance(Consignment consignment) {
		return clearances.orderedStream()
			.map(c -> c.refusal(consignment))
			.flatMap(java.util.Optional::stream)
			.findFirst();
	}

	/** A consignment, for the modules that act on it (customs); no access check. */
	@Transactional(readOnly = true)
	public java.util.Optional<Consignment> consignment(ConsignmentId id) {
		return store.consignment(id);
	}

	/** The parcels of a consignment, for the modules that act on it; no access check. */
	@Transactional(readOnly = true)
	public List<Parcel> parcelsOf(ConsignmentId id) {
		return new ArrayList<>(store.parcelsIn(id));
	}

	/**
	 * A consignment the user may see (agents and operators of its origin or destination
	 * hub, admins); 404 for anybody else.
	 */
	@Transactional(readOnly = true)
	public Consignment visibleTo(CurrentUser user, ConsignmentId id) {
		return visible(user, id);
	}

	/**
	 * An agent of the destination hub received the consignment: every parcel arrived (its
	 * parcels locked in id order, as in {@link #depart}).
	 */
	@Transactional
	public Consignment arrive(CurrentUser user, ConsignmentId id) {
		Parcels.requireAgent(user);
		Consignment c = visible(user, id);
		if (!user.isAdmin() && !c.destination().equals(user.hub())) {
			throw new WrongHub(
					"Consignment " + c.masterWaybill() + " goes to hub " + c.destination() + ", not to " + user.hub());
		}
		Instant now = clock.instant();
		String by = Parcels.actor(user);
		if (!store.move(id, ConsignmentStatus.DEPARTED, ConsignmentStatus.ARRIVED, by, now)) {
			throw new Conflict("Consignment " + c.masterWaybill() + " is " + c.status() + ", not DEPARTED");
		}
		for (Parcel p : lockedByWaybill(id)) {
			parcels.record(p, Milestone.ARRIVED_AT_DESTINATION, now, c.destination(), EventSource.AGENT, by, null, null,
					null);
		}
		return store.consignment(id).orElseThrow();
	}

	/**
	 * The consignment's parcels, locked in id order, then in waybill order (the order
	 * their events and the departure's freight were always written in).
	 */
	private List<Parcel> lockedByWaybill(ConsignmentId id) {
		return store.lockParcelsIn(id).stream().sorted(Comparator.comparing(p -> p.waybill().value())).toList();
	}

	/** Records what the carrier charges for the consignment. */
	@Transactional
	public Consignment carrierCost(CurrentUser user, ConsignmentId id, String carrier, Money cost) {
		Consignment c = atOrigin(user, id);
		if (carrier == null || carrier.isBlank() || carrier.trim().length() > 120) {
			throw new InvalidInput("carrier", "The carrier's name is required (at most 120 characters)");
		}
		if (cost.isNegative()) {
			throw new InvalidInput("cost", "The carrier cost cannot be negative");
		}
		store.carrierCost(c.id(), carrier.trim(), cost);
		return store.consignment(id).orElseThrow();
	}

	/** Parcels in a consignment, for the carrier simulator and manifests. */
	@Transactional(readOnly = true)
	public List<Parcel> parcelsIn(CurrentUser user, ConsignmentId id) {
		visible(user, id);
		return new ArrayList<>(store.parcelsIn(id));
	}

	private Consignment atOrigin(CurrentUser user, ConsignmentId id) {
		Parcels.requireAgent(user);
		Consignment c = visible(user, id);
		requireOrigin(user, c.origin().value(), "its consignments");
		return c;
	}

	private Consignment visible(CurrentUser user, ConsignmentId id) {
		Consignment c = store.consignment(id).orElseThrow(() -> NotFound.of("Consignment", id));
		if (!user.isAdmin() && !(Parcels.isHubStaff(user)
				&& (c.origin().equals(user.hub()) || c.destination().equals(user.hub())))) {
			throw NotFound.of("Consignment", id);
		}
		return c;
	}

	private static void requireOrigin(CurrentUser user, String origin, String what) {
		if (!user.isAdmin() && !user.hub().value().equals(origin)) {
			throw new WrongHub("Only agents of hub " + origin + " manage " + what + "; you work at " + user.hub());
		}
	}

}
