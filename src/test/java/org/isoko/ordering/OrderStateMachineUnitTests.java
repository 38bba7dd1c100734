package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.isoko.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (state, action) pair: the legal ones move the order and record who/when/why and
 * an event; the others are refused.
 */
class OrderStateMachineUnitTests {

	static final Instant NOW = OrderFixtures.PLACED_AT.plusSeconds(60);
	static final Instant LATE = OrderFixtures.EXPIRES_AT.plusSeconds(1);

	enum Action {

		PAY(OrderStatus.PAID, (o, now) -> o.pay("DEMO", OrderFixtures.BUYER, now)),
		ACCEPT(OrderStatus.ACCEPTED, (o, now) -> o.accept(OrderFixtures.BUYER, now)),
		DECLINE(OrderStatus.DECLINED, (o, now) -> o.decline("No stock after all", OrderFixtures.BUYER, now)),
		SHIP(OrderStatus.SHIPPED, (o, now) -> o.ship("RwandAir Cargo", "WB-1", OrderFixtures.BUYER, now)),
		ENTER_CUSTOMS(OrderStatus.IN_CUSTOMS, (o, now) -> o.enterCustoms(Actor.SYSTEM, now)),
		CLEAR(OrderStatus.CLEARED, (o, now) -> o.clearCustoms(Actor.SYSTEM, now)),
		CONFIRM_DELIVERY(OrderStatus.DELIVERED, (o, now) -> o.confirmDelivery(OrderFixtures.BUYER, now)),
		COMPLETE(OrderStatus.COMPLETED, (o, now) -> o.complete(Actor.SYSTEM, now, "placeholder")),
		CANCEL(OrderStatus.CANCELLED, (o, now) -> o.cancel("Changed my mind", OrderFixtures.BUYER, now)),
		EXPIRE(OrderStatus.EXPIRED, (o, now) -> o.expire(LATE)),
		REFUND(OrderStatus.REFUNDED, (o, now) -> o.refund(Actor.SYSTEM, now)), REFUSE_AT_CUSTOMS(OrderStatus.REFUNDED,
				(o, now) -> o.refuseAtCustoms(Actor.SYSTEM, now, "customs.rejected.reason"));

		final OrderStatus target;

		final BiConsumer<Order, Instant> apply;

		Action(OrderStatus target, BiConsumer<Order, Instant> apply) {
			this.target = target;
			this.apply = apply;
		}

	}

	/**
	 * The legal moves of docs/guide/marketplace.md ("Orders and their states") and issue
	 * 3, written out independently of OrderStatus.
	 */
	static final List<String> LEGAL = List.of("PLACED>PAID", "PLACED>EXPIRED", "PLACED>CANCELLED", "PLACED>DECLINED",
			"PAID>ACCEPTED", "PAID>DECLINED", "PAID>CANCELLED", "ACCEPTED>SHIPPED", "ACCEPTED>CANCELLED",
			"SHIPPED>IN_CUSTOMS", "SHIPPED>DELIVERED", "IN_CUSTOMS>CLEARED", "IN_CUSTOMS>REFUNDED", "CLEARED>DELIVERED",
			"DELIVERED>COMPLETED", "DECLINED>REFUNDED", "CANCELLED>REFUNDED");

	static List<Arguments> everyPair() {
		List<Arguments> pairs = new ArrayList<>();
		for (OrderStatus from : OrderStatus.values()) {
			for (Action action : Action.values()) {
				pairs.add(Arguments.of(from, action));
			}
		}
		return pairs;
	}

	@ParameterizedTest(name = "{0} --{1}-->")
	@MethodSource("everyPair")
	void allowsExactlyTheLegalTransitions(OrderStatus from, Action action) {
		// Refunds need a paid order; everything after PAID is paid too.
		boolean paid = from != OrderStatus.PLACED && from != OrderStatus.EXPIRED;
		Order order = OrderFixtures.inState(from, paid);
		boolean legal = LEGAL.contains(from + ">" + action.target);
		assertThat(from.canMoveTo(action.target)).isEqualTo(legal);
		if (legal) {
			action.apply.accept(order, NOW);
			assertThat(order.status()).isEqualTo(action.target);
			assertThat(order.newHistory()).singleElement().satisfies(h -> {
				assertThat(h.from()).isEqualTo(from);
				assertThat(h.to()).isEqualTo(action.target);
				assertThat(h.actorName()).isNotBlank();
			});
			assertThat(order.events()).hasSize(1);
		}
		else {
			assertThatThrownBy(() -> action.apply.accept(order, NOW)).isInstanceOf(IllegalTransition.class)
				.hasMessageContaining("is " + from);
			assertThat(order.status()).isEqualTo(from);
			assertThat(order.newHistory()).isEmpty();
			assertThat(order.events()).isEmpty();
		}
	}

	@Test
	void stockReturnsOnlyWhenAStockHoldingOrderEndsUnshipped() {
		Set<OrderStatus> holding = EnumSet.of(OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.ACCEPTED);
		for (OrderStatus status : OrderStatus.values()) {
			assertThat(status.holdsStock()).as(status.name()).isEqualTo(holding.contains(status));
		}
		Order declined = OrderFixtures.inState(OrderStatus.PAID, true);
		declined.decline("Rain", OrderFixtures.BUYER, NOW);
		assertThat(declined.returnsStock(OrderStatus.PAID)).isTrue();
		Order shipped = OrderFixtures.inState(OrderStatus.ACCEPTED, true);
		shipped.ship("DHL", "1", OrderFixtures.BUYER, NOW);
		assertThat(shipped.returnsStock(OrderStatus.ACCEPTED)).isFalse();
	}

	@Test
	void aPlacedOrderCannotBePaidOnceItsReservationIsDue() {
		Order order = OrderFixtures.inState(OrderStatus.PLACED, false);
		assertThatThrownBy(() -> order.pay("DEMO", OrderFixtures.BUYER, OrderFixtures.EXPIRES_AT))
			.isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("expired");
		assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
	}

	@Test
	void anOrderDoesNotExpireBeforeItsTime() {
		Order order = OrderFixtures.inState(OrderStatus.PLACED, false);
		assertThatThrownBy(() -> order.expire(NOW)).isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("reserved until");
		order.expire(OrderFixtures.EXPIRES_AT);
		assertThat(order.status()).isEqualTo(OrderStatus.EXPIRED);
		assertThat(order.newHistory().get(0).actorId()).isNull();
		assertThat(order.events().get(0)).isInstanceOf(OrderExpired.class);
	}

	@Test
	void refundsNeedAPaidOrder() {
		Order order = OrderFixtures.inState(OrderStatus.CANCELLED, false);
		assertThatThrownBy(() -> order.refund(Actor.SYSTEM, NOW)).isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("never paid");
	}

	@Test
	void declineAndShipmentNeedTheirDetails() {
		Order paid = OrderFixtures.inState(OrderStatus.PAID, true);
		assertThatThrownBy(() -> paid.decline(" ", OrderFixtures.BUYER, NOW)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("reason"));
		Order accepted = OrderFixtures.inState(OrderStatus.ACCEPTED, true);
		assertThatThrownBy(() -> accepted.ship("DHL", "", OrderFixtures.BUYER, NOW)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("trackingNumber"));
		assertThatThrownBy(() -> accepted.ship("x".repeat(101), "1", OrderFixtures.BUYER, NOW))
			.isInstanceOf(InvalidInput.class);
		assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
		assertThat(accepted.status()).isEqualTo(OrderStatus.ACCEPTED);
		assertThat(accepted.carrier()).isNull();
	}

	@Test
	void eventsCarryWhatOtherModulesNeed() {
		Order order = OrderFixtures.inState(OrderStatus.PAID, true);
		order.cancel(null, OrderFixtures.BUYER, NOW);
		assertThat(order.events().get(0)).isInstanceOfSatisfying(OrderCancelled.class, e -> {
			assertThat(e.paid()).isTrue();
			assertThat(e.by()).isEqualTo(OrderFixtures.BUYER.id());
			assertThat(e.cancelledAt()).isEqualTo(NOW);
		});
	}

}
