package org.isoko.drops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;
import org.isoko.catalog.OutOfStock;
import org.isoko.catalog.Stock;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationDirectory;
import org.isoko.identity.OrganisationSummary;
import org.isoko.identity.Role;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.ordering.placement.LineRules;
import org.isoko.shared.Conflict;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules drops and reads them. A hub operator schedules drops on lots of sellers of
 * their own hub (an admin on any lot). Scheduling takes the drop's quantity out of the
 * lot's available stock in the same transaction (one conditional update of the lot row),
 * so regular orders cannot eat the drop's units; the closing job gives back what is left,
 * and an operator may close a drop early (then what is left goes back at once).
 */
@Service
public class DropScheduling {

	static final int MAX_TITLE = 120;
	static final Duration MAX_LENGTH = Duration.ofDays(90);
	static final int MAX_REASON = 300;

	private final DropStore drops;

	private final Catalog catalog;

	private final Stock stock;

	private final Network network;

	private final OrganisationDirectory organisations;

	private final DropClosing closing;

	private final Clock clock;

	DropScheduling(DropStore drops, Catalog catalog, Stock stock, Network network, OrganisationDirectory organisations,
			DropClosing closing, Clock clock) {
		this.drops = drops;
		this.closing = closing;
		this.catalog = catalog;
		this.stock = stock;
		this.network = network;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * What an operator asks for; every field is checked by {@link #schedule} and each
	 * problem names its field.
	 */
	public record ScheduleDrop(@Nullable String title, @Nullable LotId lot, @Nullable Integer quantity,
			@Nullable Integer perBuyerCap, @Nullable Instant startsAt, @Nullable Instant endsAt,
			@Nullable List<CorridorId> corridors) {
	}

	@Transactional
	public Drop schedule(CurrentUser operator, ScheduleDrop command) {
		if (!operator.isAdmin() && !operator.has(Role.HUB_OPERATOR)) {
			throw new AccessDeniedException("Only hub operators and admins schedule drops");
		}
		String title = command.title() == null ? "" : command.title().trim();
		if (title.isEmpty()) {
			throw new InvalidInput("title",
					"title is required (what buyers see, e.g. \"Launch drop: Huye washed Bourbon\")");
		}
		if (title.length() > MAX_TITLE) {
			throw new InvalidInput("title", "title must be at most " + MAX_TITLE + " characters");
		}
		if (command.lot() == null) {
			throw new InvalidInput("lotId", "lotId is required");
		}
		LotDetails lot = catalog.lot(command.lot())
			.orElseThrow(() -> new InvalidInput("lotId", "Lot '" + command.lot() + "' does not exist"));
		OrganisationSummary seller = organisations.find(lot.seller())
			.orElseThrow(() -> new IllegalStateException("Lot " + lot.reference() + " has no seller organisation"));
		if (!operator.operates(seller.hub())) {
			throw new AccessDeniedException("Lot " + lot.reference() + " belongs to " + seller.name() + " of hub "
					+ seller.hub() + "; you operate hub " + operator.hub()
					+ " and schedule drops only on lots of sellers of your hub");
		}
		int quantity = positive("quantity", command.quantity());
		int cap = positive("perBuyerCap", command.perBuyerCap());
		if (cap > quantity) {
			throw new InvalidInput("perBuyerCap",
					"perBuyerCap (" + cap + ") must not exceed the drop's quantity (" + quantity + ")");
		}
		if (cap < lot.minOrderQuantity()) {
			throw new InvalidInput("perBuyerCap",
					"perBuyerCap (" + cap + ") is below the lot's minimum order quantity (" + lot.minOrderQuantity()
							+ "): nobody could order");
		}
		Instant now = clock.instant();
		if (command.startsAt() == null) {
			throw new InvalidInput("startsAt", "startsAt is required (ISO-8601 instant, e.g. 2026-12-01T08:00:00Z)");
		}
		if (command.endsAt() == null) {
			throw new InvalidInput("endsAt", "endsAt is required (ISO-8601 instant, e.g. 2026-12-01T20:00:00Z)");
		}
		if (!command.endsAt().isAfter(command.startsAt())) {
			throw new InvalidInput("endsAt",
					"endsAt (" + command.endsAt() + ") must be after startsAt (" + command.startsAt() + ")");
		}
		if (!command.endsAt().isAfter(now)) {
			throw new InvalidInput("endsAt", "endsAt (" + command.endsAt() + ") is in the past");
		}
		if (Duration.between(command.startsAt(), command.endsAt()).compareTo(MAX_LENGTH) > 0) {
			throw new InvalidInput("endsAt", "a drop lasts at most " + MAX_LENGTH.toDays() + " days");
		}
		List<CorridorId> corridors = corridors(lot, seller.hub(), command.corridors());
		// Stored as the database keeps them (microseconds): the drop we answer with is
		// the drop we stored.
		Instant startsAt = command.startsAt().truncatedTo(ChronoUnit.MICROS);
		Instant endsAt = command.endsAt().truncatedTo(ChronoUnit.MICROS);
		// The lot row is locked by this conditional update until commit: a concurrent
		// scheduling on the same lot waits
		// here, and then sees our drop in the overlap check below. That makes the check
		// safe without a table lock.
		try {
			stock.reserve(lot.id(), quantity);
		}
		catch (OutOfStock e) {
			throw new InvalidInput("quantity", "quantity (" + quantity + ") is above the lot's available stock: lot "
					+ lot.reference() + " has " + e.available() + " unit(s) available");
		}
		List<String> overlapping = drops.overlapping(lot.id(), startsAt, endsAt);
		if (!overlapping.isEmpty()) {
			throw new Conflict("Lot " + lot.reference() + " already has a drop in that time window ("
					+ String.join(", ", overlapping) + "); drops on the same lot must not overlap");
		}
		Drop drop = new Drop(DropId.random(), title, lot.id(), lot.reference(), lot.seller(), seller.hub(), quantity,
				quantity, cap, startsAt, endsAt, false, 0, now, null, null, corridors);
		drops.insert(drop, operator.id());
		return drop;
	}

	private List<CorridorId> corridors(LotDetails lot, HubCode hub, @Nullable List<CorridorId> asked) {
		if (asked == null || asked.isEmpty()) {
			throw new InvalidInput("corridors", "corridors is required: at least one corridor the lot is listed on");
		}
		List<CorridorId> checked = new ArrayList<>();
		for (int i = 0; i < asked.size(); i++) {
			CorridorId id = asked.get(i);
			String field = "corridors[" + i + "]";
			if (id == null) {
				throw new InvalidInput(field, field + " is required");
			}
			Corridor corridor = network.corridor(id)
				.orElseThrow(() -> new InvalidInput(field, "Corridor '" + id + "' does not exist"));
			if (lot.listingOn(id).isEmpty()) {
				throw new InvalidInput(field, "Lot " + lot.reference() + " is not listed on corridor "
						+ LineRules.route(corridor) + "; a drop is offered only on corridors its lot is listed on");
			}
			checked.add(corridor.id());
		}
		return List.copyOf(new LinkedHashSet<>(checked));
	}

	private static int positive(String field, @Nullable Integer value) {
		if (value == null) {
			throw new InvalidInput(field, field + " is required");
		}
		if (value < 1) {
			throw new InvalidInput(field, field + " must be a whole number of at least 1, got " + value);
		}
		if (value > LineRules.MAX_QUANTITY) {
			throw new InvalidInput(field, field + " must be at most " + LineRules.MAX_QUANTITY + ", got " + value);
		}
		return value;
	}

	/**
	 * Closes a drop before its end (or before it starts): no order is taken after this,
	 * what is left goes back to the lot at once, and the drop's page shows the reason.
	 * Orders placed before stay valid (unpaid ones expire as usual, their units then
	 * going to the lot). Hub operators of the drop's hub and admins.
	 * @throws Conflict when the drop has ended or was closed already
	 */
	public Drop closeEarly(CurrentUser operator, DropId id, @Nullable String reason) {
		Drop drop = operated(operator, id);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new InvalidInput("reason",
					"reason is required: buyers see it on the drop's page (e.g. \"the lot failed its quality check\")");
		}
		if (why.length() > MAX_REASON) {
			throw new InvalidInput("reason", "reason must be at most " + MAX_REASON + " characters");
		}
		if (drop.phase(clock.instant()) == DropPhase.ENDED || !closing.closeEarly(id, drop.lot(), operator.id(), why)) {
			throw new Conflict("Drop \"" + drop.title() + "\" has ended already"
					+ (drop.closed() ? " (closed at " + drop.closedAt() + ")" : "") + "; there is nothing to close");
		}
		return drop(id);
	}

	/**
	 * The drop, when this operator may change it: an operator of its hub, or an admin.
	 */
	@Transactional(readOnly = true)
	public Drop operated(CurrentUser operator, DropId id) {
		if (!operator.isAdmin() && !operator.has(Role.HUB_OPERATOR)) {
			throw new AccessDeniedException("Only hub operators and admins change drops");
		}
		Drop drop = drop(id);
		if (!operator.operates(drop.originHub())) {
			throw new AccessDeniedException("Drop \"" + drop.title() + "\" belongs to hub " + drop.originHub()
					+ "; you operate hub " + operator.hub());
		}
		return drop;
	}

	@Transactional(readOnly = true)
	public Drop drop(DropId id) {
		return drops.find(id).orElseThrow(() -> NotFound.of("Drop", id));
	}

	@Transactional(readOnly = true)
	Optional<Drop> find(DropId id) {
		return drops.find(id);
	}

	/** Open drops (upcoming or running), soonest first, for everyone. */
	@Transactional(readOnly = true)
	public PageOf<Drop> open(PageRequest page) {
		return drops.list(null, true, clock.instant(), page);
	}

	/** Every drop of the operator's hub (all hubs for an admin), past ones too. */
	@Transactional(readOnly = true)
	public PageOf<Drop> ofHub(CurrentUser operator, PageRequest page) {
		if (!operator.isAdmin() && !operator.has(Role.HUB_OPERATOR)) {
			throw new AccessDeniedException("Only hub operators and admins see a hub's drops");
		}
		return drops.list(operator.isAdmin() ? null : operator.hub(), false, clock.instant(), page);
	}

	/**
	 * The drop's lot, read in a (read-only) transaction: the catalog maps a lot with
	 * queries inside its row mapping, which outside a transaction take a second pooled
	 * connection each; under a rush that can empty the pool with every thread holding one
	 * connection and waiting for another. Inside a transaction they share one.
	 */
	@Transactional(readOnly = true)
	public LotDetails lotOf(Drop drop) {
		return catalog.lot(drop.lot()).orElseThrow(() -> NotFound.of("Lot", drop.lot()));
	}

	public Instant now() {
		return clock.instant();
	}

}
