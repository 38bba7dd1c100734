package org.isoko.ordering;

import java.util.List;
import java.util.stream.Collectors;

import org.isoko.catalog.LotId;
import org.isoko.network.CorridorId;
import org.jspecify.annotations.Nullable;

/** A request to place one order: lines of one seller on one corridor, and where to deliver. Already parsed, not yet checked. */
record PlaceOrder(@Nullable CorridorId corridor, List<Line> lines, DeliveryAddress address) {

	PlaceOrder {
		lines = List.copyOf(lines);
	}

	record Line(LotId lot, CorridorId corridor, int quantity) {
	}

	/** A stable text of the whole request: two requests are the same replay exactly when these are equal. */
	String canonical() {
		return "corridor=" + corridor + ";lines=" + lines.stream().map(l -> l.lot() + "@" + l.corridor() + "x" + l.quantity())
				.collect(Collectors.joining(",")) + ";address=" + address;
	}
}
