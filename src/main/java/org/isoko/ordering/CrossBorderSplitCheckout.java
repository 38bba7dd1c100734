package org.isoko.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.isoko.catalog.LotId;
import org.isoko.identity.CurrentUser;
import org.isoko.network.CustomsRegime;
import org.isoko.ordering.Carts.CartView;
import org.isoko.ordering.Carts.SellerGroup;
import org.isoko.ordering.Carts.ViewLine;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.ordering.placement.IdempotencyRecords.Claim;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.trade.CrossBorderSplit;
import org.isoko.trade.QuoteRequest;
import org.isoko.trade.Trade;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The one-click split of a consumer's cross-border retail order that is above China's
 * per-order limit (RMB 5,000) into several orders, each within it and each under the
 * cross-border retail regime (never silently re-priced as general trade). The packing is
 * the trade module's ({@link Trade#splitForCrossBorderRetail}: lines split across orders
 * by quantity, each order with its own freight). All or nothing: the orders are placed in
 * one transaction, so if one cannot be placed (stock, the buyer's annual quota of RMB
 * 26,000 counted across the orders) none is. Idempotent with an Idempotency-Key, like
 * orders: a replay answers with the same orders.
 */
@Service
public class CrossBorderSplitCheckout {

	/** Idempotency operation of the split's order number {@code i}: this plus i. */
	static final String OPERATION = "place-split-";

	private final Carts carts;

	private final Trade trade;

	private final SplitPlacement placement;

	private final IdempotencyRecords records;

	private final OrderStore store;

	private final PlacementGate gate;

	CrossBorderSplitCheckout(Carts carts, Trade trade, SplitPlacement placement, IdempotencyRecords records,
			OrderStore store, PlacementGate gate) {
		this.gate = gate;
		this.carts = carts;
		this.trade = trade;
		this.placement = placement;
		this.records = records;
		this.store = store;
	}

	/** The split proposed for one order (seller group) of the cart, as shown. */
	public record Proposal(String group, String sellerName, String route, Money perOrderLimit, Money annualLimit,
			List<ProposedOrder> orders) {
	}

	public record ProposedOrder(List<ProposedLine> lines, Money customsValue, Money total) {
	}

	public record ProposedLine(LotId lot, String reference, String productName, int quantity) {
	}

	public record Placed(List<Order> orders, boolean created) {
	}

	/** What was worked out for the group: its cart lines and the trade module's split. */
	record Prepared(SellerGroup group, CrossBorderSplit split) {
	}

	/**
	 * @param groupKey the cart's order (seller group) to split; null for the only one
	 * above the limit
	 * @throws CrossBorderSplitRefused when no order is above the limit, or a unit is
	 * worth more than the limit on its own
	 * @throws InvalidInput naming "group" (unknown, or several to choose from) or "lines"
	 * (more orders than {@link CrossBorderSplit#MAX_ORDERS})
	 */
	public Proposal propose(CurrentUser buyer, @Nullable String groupKey, Locale language) {
		return proposal(prepare(buyer, groupKey, language));
	}

	/**
	 * Places the orders of the split: all, or none.
	 * @throws InvalidInput naming the Idempotency-Key header when it is missing
	 * @throws Conflict when an order cannot be placed (stock, quota: nothing is placed),
	 * or the key was used for another request
	 */
	public Placed place(CurrentUser buyer, @Nullable String key, @Nullable String groupKey, DeliveryAddress address,
			@Nullable Orderer orderer, Locale language) {
		String checkedKey = IdempotencyRecords.requireKey(key);
		String hash = IdempotencyRecords
			.hash("split;group=" + (groupKey == null ? "" : groupKey) + ";address=" + address);
		Optional<Claim> earlier = records.find(buyer.id(), OPERATION + 0, checkedKey);
		if (earlier.isPresent()) {
			return new Placed(replay(buyer, checkedKey, hash, earlier.get()), false);
		}
		Prepared prepared = prepare(buyer, groupKey, language);
		try {
			return new Placed(
					gate.place(() -> placement.placeAll(buyer, checkedKey, hash, prepared, address, orderer, language)),
					true);
		}
		catch (DuplicateKeyException e) {
			Claim winner = records.find(buyer.id(), OPERATION + 0, checkedKey)
				.orElseThrow(() -> new Conflict("A request with Idempotency-Key '" + checkedKey
						+ "' is still being processed; retry it in a moment"));
			return new Placed(replay(buyer, checkedKey, hash, winner), false);
		}
	}

	/**
	 * The placed split as the checkout result page shows it (all placed, none failed).
	 */
	public static Checkout.Result asCheckoutResult(Placed placed) {
		return new Checkout.Result(placed.orders(), List.of());
	}

	private List<Order> replay(CurrentUser buyer, String key, String hash, Claim first) {
		if (!first.requestHash().equals(hash)) {
			throw new Conflict("Idempotency-Key '" + key
					+ "' was already used for a different request; use a new key for a new request");
		}
		List<Order> orders = new ArrayList<>();
		Optional<Claim> claim = Optional.of(first);
		for (int i = 1; claim.isPresent(); i++) {
			Claim found = claim.get();
			orders.add(store.find(found.order()).orElseThrow(() -> NotFound.of("Order", found.order())));
			claim = records.find(buyer.id(), OPERATION + i, key);
		}
		return orders;
	}

	private Prepared prepare(CurrentUser buyer, @Nullable String groupKey, Locale language) {
		CartView cart = carts.view(buyer, language);
		SellerGroup group = group(cart, groupKey);
		if (group.lines().stream().anyMatch(l -> l.problem() != null)) {
			throw new Conflict("A line of this order cannot be ordered as it stands (" + group.lines()
				.stream()
				.filter(l -> l.problem() != null)
				.map(ViewLine::reference)
				.collect(Collectors.joining(", ")) + "); fix it in the cart first");
		}
		CrossBorderSplit split = trade.splitForCrossBorderRetail(
				new QuoteRequest(null, group.corridor(), CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL, null,
						new QuoteRequest.Buyer(buyer.id(), buyer.organisationId()),
						group.lines().stream().map(l -> new QuoteRequest.Line(l.lot(), l.quantity())).toList()));
		Map<LotId, ViewLine> byLot = group.lines()
			.stream()
			.collect(Collectors.toMap(ViewLine::lot, Function.identity()));
		for (CrossBorderSplit.Order order : split.orders()) {
			// a one-unit order within the limit is fine; only a unit worth more than the
			// limit on its own cannot be split
			if (order.singleItem() && order.customsValue().compareTo(split.perOrderLimit()) > 0) {
				ViewLine unit = byLot.get(order.lines().get(0).lotId());
				throw new CrossBorderSplitRefused(CrossBorderSplitRefused.Reason.SINGLE_UNIT_OVER_LIMIT, List.of(unit
					.reference(), CrossBorderLimitExceeded.rmb(split.perOrderLimit())), "One unit of "
							+ unit.reference() + " is worth more than the cross-border retail limit of "
							+ split.perOrderLimit() + " per order on its own, so it cannot be split: buy it as an "
							+ "importer (general trade), or order that unit alone, cleared with duty and taxes in full");
			}
		}
		return new Prepared(group, split);
	}

	private static SellerGroup group(CartView cart, @Nullable String groupKey) {
		if (groupKey != null && !groupKey.isBlank()) {
			SellerGroup group = cart.groups()
				.stream()
				.filter(g -> g.key().equals(groupKey.trim()))
				.findFirst()
				.orElseThrow(() -> new InvalidInput("group", "Your cart has no order " + groupKey));
			if (!"OVER_ORDER_LIMIT".equals(group.quotaCode())) {
				throw notOverLimit();
			}
			return group;
		}
		List<SellerGroup> over = cart.groups().stream().filter(g -> "OVER_ORDER_LIMIT".equals(g.quotaCode())).toList();
		if (over.isEmpty()) {
			throw notOverLimit();
		}
		if (over.size() > 1) {
			throw new InvalidInput("group", "Several orders of your cart are above the per-order limit; name one of "
					+ over.stream().map(SellerGroup::key).toList());
		}
		return over.get(0);
	}

	private static CrossBorderSplitRefused notOverLimit() {
		return new CrossBorderSplitRefused(CrossBorderSplitRefused.Reason.NOT_OVER_LIMIT, List.of(),
				"No order of your cart is above the cross-border retail per-order limit: check it out as it is");
	}

	private static Proposal proposal(Prepared prepared) {
		SellerGroup group = prepared.group();
		Map<LotId, ViewLine> byLot = group.lines()
			.stream()
			.collect(Collectors.toMap(ViewLine::lot, Function.identity()));
		List<ProposedOrder> orders = prepared.split()
			.orders()
			.stream()
			.map(o -> new ProposedOrder(o.lines()
				.stream()
				.map(l -> new ProposedLine(l.lotId(), byLot.get(l.lotId()).reference(),
						byLot.get(l.lotId()).productName(), l.quantity()))
				.toList(), o.customsValue(), o.total()))
			.toList();
		return new Proposal(group.key(), group.sellerName(), group.route(), prepared.split().perOrderLimit(),
				prepared.split().annualLimit(), orders);
	}

}
