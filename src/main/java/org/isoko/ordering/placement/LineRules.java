package org.isoko.ordering.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;
import org.isoko.catalog.Offer;
import org.isoko.identity.CurrentUser;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.ordering.NotEnoughStock;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * What makes a line (a lot on a corridor, a quantity) orderable by a buyer. The cart
 * checks it when a line is added or changed, checkout and the API check it again when an
 * order is placed. Stock is checked here only to give a clear message early: the
 * reservation's conditional update is what actually guarantees it.
 */
@Component
public class LineRules {

	public static final int MAX_QUANTITY = 1_000_000;

	private final Catalog catalog;

	private final Network network;

	LineRules(Catalog catalog, Network network) {
		this.catalog = catalog;
		this.network = network;
	}

	/** A checked line: the offer it was checked against and the corridor. */
	public record CheckedLine(Offer offer, Corridor corridor, int quantity) {
		public LotDetails lot() {
			return offer.lot();
		}
	}

	/**
	 * @param field the name of the line in messages, e.g. "lines[0]" (API) or "" (a page
	 * form)
	 */
	public CheckedLine check(CurrentUser buyer, LotId lotId, CorridorId corridorId, int quantity, String field) {
		checkQuantity(quantity, field);
		LotDetails lot = catalog.lot(lotId)
			.orElseThrow(() -> new InvalidInput(name(field, "lotId"), "Lot '" + lotId + "' does not exist"));
		return check(buyer, lot, corridorId, quantity, field);
	}

	/** A line to check with {@link #checkAll}; {@code field} as for {@link #check}. */
	public record Line(LotId lot, CorridorId corridor, int quantity, String field) {
	}

	/**
	 * Checks the lines of an order as {@link #check} does each, in order (the first line
	 * at fault is named), reading all their lots at once.
	 */
	public List<CheckedLine> checkAll(CurrentUser buyer, List<Line> lines) {
		Map<LotId, LotDetails> lots = catalog.lots(lines.stream().map(Line::lot).toList());
		List<CheckedLine> checked = new ArrayList<>();
		for (Line line : lines) {
			checkQuantity(line.quantity(), line.field());
			LotDetails lot = lots.get(line.lot());
			if (lot == null) {
				throw new InvalidInput(name(line.field(), "lotId"), "Lot '" + line.lot() + "' does not exist");
			}
			checked.add(check(buyer, lot, line.corridor(), line.quantity(), line.field()));
		}
		return checked;
	}

	private static void checkQuantity(int quantity, String field) {
		if (quantity < 1) {
			throw new InvalidInput(name(field, "quantity"),
					"quantity must be a whole number of at least 1, got " + quantity);
		}
		if (quantity > MAX_QUANTITY) {
			throw new InvalidInput(name(field, "quantity"),
					"quantity must be at most " + MAX_QUANTITY + ", got " + quantity);
		}
	}

	private CheckedLine check(CurrentUser buyer, LotDetails lot, CorridorId corridorId, int quantity, String field) {
		Corridor corridor = network.corridor(corridorId)
			.orElseThrow(
					() -> new InvalidInput(name(field, "corridorId"), "Corridor '" + corridorId + "' does not exist"));
		// The lot's own listings: the same rows Catalog.offer reads, without reading the
		// lot again.
		Offer offer = lot.listingOn(corridorId)
			.map(listing -> new Offer(lot, listing))
			.orElseThrow(() -> new InvalidInput(name(field, "corridorId"),
					"Lot " + lot.reference() + " is not offered on corridor " + route(corridor)));
		if (!corridor.destinationCountry().equals(buyer.country())) {
			throw new InvalidInput(name(field, "corridorId"), "Corridor " + route(corridor) + " delivers to "
					+ corridor.destinationCountry() + "; your organisation is in " + buyer.country());
		}
		if (!offer.listing().isListed()) {
			throw new Conflict("Lot " + lot.reference() + " is paused on corridor " + route(corridor)
					+ ": it cannot be ordered right now");
		}
		if (quantity < lot.minOrderQuantity()) {
			throw new InvalidInput(name(field, "quantity"), "The minimum order quantity of lot " + lot.reference()
					+ " is " + lot.minOrderQuantity() + "; " + quantity + " requested");
		}
		if (quantity > lot.available()) {
			throw new NotEnoughStock(lot.id(), lot.reference(), quantity, lot.available());
		}
		return new CheckedLine(offer, corridor, quantity);
	}

	/**
	 * Parses a quantity typed by a person or sent as JSON: whole numbers only, no silent
	 * rounding of 1.5.
	 */
	public static int quantity(String field, String raw) {
		java.math.BigDecimal value;
		try {
			value = new java.math.BigDecimal(raw.trim());
		}
		catch (NumberFormatException | NullPointerException e) {
			throw new InvalidInput(field, "quantity must be a whole number, got '" + raw + "'");
		}
		if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
			throw new InvalidInput(field, "quantity must be a whole number, got " + value.toPlainString());
		}
		if (value.compareTo(java.math.BigDecimal.ONE) < 0) {
			throw new InvalidInput(field,
					"quantity must be a whole number of at least 1, got " + value.toPlainString());
		}
		if (value.compareTo(java.math.BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
			throw new InvalidInput(field,
					"quantity must be at most " + MAX_QUANTITY + ", got " + value.toPlainString());
		}
		return value.intValueExact();
	}

	public static String route(Corridor corridor) {
		return corridor.origin() + "→" + corridor.destination();
	}

	private static String name(String field, String leaf) {
		return field.isEmpty() ? leaf : field + "." + leaf;
	}

}
