package org.isoko.ordering;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.isoko.catalog.LotId;
import org.isoko.identity.CurrentUser;
import org.isoko.network.CustomsRegime;
import org.isoko.ordering.Carts.ViewLine;
import org.isoko.ordering.CrossBorderSplitCheckout.Prepared;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.shared.Conflict;
import org.isoko.trade.CrossBorderSplit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places the orders of a split in one transaction: each through the same path as a
 * checkout order ({@link OrderPlacement}: line rules, pricing, the quota check and count,
 * stock reservation), joined to this transaction, so the first refusal rolls back every
 * order, reservation, quota use, idempotency claim and the cart lines taken out.
 */
@Service
class SplitPlacement {

	private final OrderPlacement placement;

	private final IdempotencyRecords records;

	private final Clock clock;

	SplitPlacement(OrderPlacement placement, IdempotencyRecords records, Clock clock) {
		this.placement = placement;
		this.records = records;
		this.clock = clock;
	}

	@Transactional
	List<Order> placeAll(CurrentUser buyer, String key, String hash, Prepared prepared, DeliveryAddress address,
			@Nullable Orderer orderer, Locale language) {
		Map<LotId, ViewLine> byLot = prepared.group()
			.lines()
			.stream()
			.collect(Collectors.toMap(ViewLine::lot, Function.identity()));
		List<UUID> cartLines = prepared.group().orderableLineIds();
		List<Order> placed = new ArrayList<>();
		List<CrossBorderSplit.Order> parts = prepared.split().orders();
		for (int i = 0; i < parts.size(); i++) {
			List<PlaceOrder.Line> lines = parts.get(i)
				.lines()
				.stream()
				.map(l -> new PlaceOrder.Line(l.lotId(), byLot.get(l.lotId()).corridor(), l.quantity()))
				.toList();
			Order order = placement.placeFromCart(buyer, i == 0 ? cartLines : List.of(),
					new PlaceOrder(prepared.group().corridor(), lines, address,
							CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, orderer),
					language);
			if (order.regime() != CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL) {
				// never silently another regime: the whole split is refused instead
				throw new Conflict("Order " + (i + 1) + " of the split would not go under cross-border retail import");
			}
			records.claim(buyer.id(), CrossBorderSplitCheckout.OPERATION + i, key, hash, order.id(), clock.instant());
			placed.add(order);
		}
		return placed;
	}

}
