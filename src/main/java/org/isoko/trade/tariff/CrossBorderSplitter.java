package org.isoko.trade.tariff;

import java.util.ArrayList;
import java.util.List;

import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;

/**
 * Splits a cross-border retail shipment into parts whose customs value is within the
 * per-order limit. Each part pays its own freight (and freight minimum), so a part's
 * value is worked out by the calculator, not by dividing the whole; value grows with
 * quantity, so each line's largest fitting quantity is found by bisection. Parts are
 * filled in line order (first fit); a unit worth more than the limit on its own is a part
 * of its own (a single indivisible item, which may clear taxed in full).
 */
public final class CrossBorderSplitter {

	/** At most this many parts; more means the buyer should buy as an importer. */
	public static final int MAX_PARTS = 20;

	private CrossBorderSplitter() {
	}

	public static List<List<ShipmentLine>> split(ReferenceData data, Shipment shipment) {
		CbecRule rule = data.crossBorderRetail(shipment.importer(), shipment.day())
			.orElseThrow(() -> new InvalidInput("regime", "No cross-border retail import rule of " + shipment.importer()
					+ " is in force on " + shipment.day()));
		Money limit = rule.perOrderLimit();
		List<ShipmentLine> lines = shipment.lines();
		int[] left = lines.stream().mapToInt(ShipmentLine::quantity).toArray();
		List<List<ShipmentLine>> parts = new ArrayList<>();
		while (anyLeft(left)) {
			if (parts.size() == MAX_PARTS) {
				throw new InvalidInput("lines",
						"This order would take more than " + MAX_PARTS
								+ " cross-border retail orders within the per-order limit of " + limit
								+ "; buy it as an importer (general trade) instead");
			}
			List<ShipmentLine> part = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				if (left[i] == 0) {
					continue;
				}
				int fits = largestFitting(data, shipment, part, lines.get(i), left[i], limit);
				if (fits > 0) {
					part.add(lines.get(i).withQuantity(fits));
					left[i] -= fits;
				}
			}
			if (part.isEmpty()) {
				int first = firstLeft(left);
				part.add(lines.get(first).withQuantity(1));
				left[first] -= 1;
			}
			parts.add(part);
		}
		return parts;
	}

	/**
	 * The largest quantity of {@code line}, up to {@code max}, that keeps the part within
	 * the limit.
	 */
	private static int largestFitting(ReferenceData data, Shipment shipment, List<ShipmentLine> part, ShipmentLine line,
			int max, Money limit) {
		int low = 0;
		int high = max;
		while (low < high) {
			int mid = low + (high - low + 1) / 2;
			if (value(data, shipment, part, line.withQuantity(mid)).compareTo(limit) <= 0) {
				low = mid;
			}
			else {
				high = mid - 1;
			}
		}
		return low;
	}

	private static Money value(ReferenceData data, Shipment shipment, List<ShipmentLine> part, ShipmentLine added) {
		List<ShipmentLine> lines = new ArrayList<>(part);
		lines.add(added);
		LandedCost cost = LandedCostCalculator.calculate(data, shipment.withLines(lines));
		Money value = Money.zero(shipment.currency());
		for (LandedCost.Line line : cost.lines()) {
			value = value.plus(line.customsValue());
		}
		return value;
	}

	private static boolean anyLeft(int[] left) {
		return firstLeft(left) >= 0;
	}

	private static int firstLeft(int[] left) {
		for (int i = 0; i < left.length; i++) {
			if (left[i] > 0) {
				return i;
			}
		}
		return -1;
	}

}
