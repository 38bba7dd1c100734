package org.isoko.ordering;

import java.util.List;
import java.util.stream.Collectors;

import org.isoko.catalog.LotId;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.jspecify.annotations.Nullable;

/**
 * A request to place one order: lines of one seller on one corridor, where to deliver,
 * the customs regime the buyer chose (null: the default for the buyer and corridor) and,
 * for China's cross-border retail regime, the orderer's identity. Already parsed, not yet
 * checked.
 */
public record PlaceOrder(@Nullable CorridorId corridor, List<Line> lines, DeliveryAddress address,
		@Nullable CustomsRegime regime, @Nullable Orderer orderer) {

	public PlaceOrder {
		lines = List.copyOf(lines);
	}

	public PlaceOrder(@Nullable CorridorId corridor, List<Line> lines, DeliveryAddress address,
			@Nullable CustomsRegime regime) {
		this(corridor, lines, address, regime, null);
	}

	public PlaceOrder(@Nullable CorridorId corridor, List<Line> lines, DeliveryAddress address) {
		this(corridor, lines, address, null);
	}

	public record Line(LotId lot, CorridorId corridor, int quantity) {
	}

	/**
	 * A stable text of the whole request: two requests are the same replay exactly when
	 * these are equal. The regime is appended only when chosen, so that requests without
	 * one hash as they did before regimes could be chosen. The orderer's identity is left
	 * out: personal data is not fingerprinted (a short ID number's hash can be reversed).
	 */
	String canonical() {
		return "corridor=" + corridor + ";lines="
				+ lines.stream()
					.map(l -> l.lot() + "@" + l.corridor() + "x" + l.quantity())
					.collect(Collectors.joining(","))
				+ ";address=" + address + (regime == null ? "" : ";regime=" + regime);
	}
}
