package org.isoko.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.isoko.identity.CurrentUser;
import org.isoko.network.CustomsRegime;
import org.isoko.ordering.Carts.CartView;
import org.isoko.ordering.Carts.SellerGroup;
import org.isoko.ordering.Carts.ViewLine;
import org.isoko.shared.Busy;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Turns the cart into orders: one order per seller (and corridor). Each order is placed
 * in its own transaction, so a sold-out lot at one seller does not stop the others: the
 * result lists what was placed and what failed, and failed or unavailable lines stay in
 * the cart. Placed lines leave the cart in the same transaction as their order. An order
 * refused for China's cross-border retail limits is one of the failures, with the message
 * naming the limit, and so is an order that found Isoko too busy to place it (its lines
 * stay in the cart).
 */
@Service
public class Checkout {

	private final Carts carts;

	private final OrderPlacement placement;

	private final PlacementGate gate;

	Checkout(Carts carts, OrderPlacement placement, PlacementGate gate) {
		this.carts = carts;
		this.placement = placement;
		this.gate = gate;
	}

	record Failure(String sellerName, String route, List<String> lots, String message) {
	}

	public record Result(List<Order> placed, List<Failure> failed) {
	}

	public Result checkout(CurrentUser buyer, DeliveryAddress address, Locale language) {
		return checkout(buyer, address, language, Map.of());
	}

	/**
	 * @param regimes the customs regime the buyer chose per order (seller group key); the
	 * others get the default
	 */
	public Result checkout(CurrentUser buyer, DeliveryAddress address, Locale language,
			Map<String, CustomsRegime> regimes) {
		return checkout(buyer, address, language, regimes, null);
	}

	/**
	 * @param orderer the orderer's identity, for the orders under China's cross-border
	 * retail regime
	 */
	public Result checkout(CurrentUser buyer, DeliveryAddress address, Locale language,
			Map<String, CustomsRegime> regimes, @Nullable Orderer orderer) {
		CartView cart = carts.view(buyer, language, regimes);
		if (cart.isEmpty()) {
			throw new InvalidInput("cart", "Your cart is empty");
		}
		List<Order> placed = new ArrayList<>();
		List<Failure> failed = new ArrayList<>();
		for (SellerGroup group : cart.groups()) {
			List<PlaceOrder.Line> lines = group.lines()
				.stream()
				.map(l -> new PlaceOrder.Line(l.lot(), l.corridor(), l.quantity()))
				.toList();
			try {
				PlaceOrder command = new PlaceOrder(group.corridor(), lines, address, regimes.get(group.key()),
						orderer);
				placed
					.add(gate.place(() -> placement.placeFromCart(buyer, group.orderableLineIds(), command, language)));
			}
			catch (Conflict | IllegalArgumentException | Busy e) {
				failed.add(new Failure(group.sellerName(), group.route(),
						group.lines().stream().map(ViewLine::reference).toList(), e.getMessage()));
			}
		}
		for (ViewLine line : cart.unavailable()) {
			failed.add(new Failure("", line.route(), List.of(line.reference()), String.valueOf(line.problem())));
		}
		return new Result(placed, failed);
	}

}
