package org.isoko.ordering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OrderShipping} and {@link OrderClearance} over the order store: each change is
 * the order's own guarded transition, saved with the version check and its history, and
 * its event published.
 */
@Service
class CarrierShipping implements OrderShipping, OrderClearance {

	private final OrderStore store;

	private final ApplicationEventPublisher events;

	CarrierShipping(OrderStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ShippableOrder> shippable(OrderId id) {
		return store.find(id).map(ShippableOrder::of);
	}

	@Override
	@Transactional
	public boolean handedToCarrier(OrderId id, String carrier, String waybill, String by, Instant at) {
		Optional<Order> found = store.find(id);
		if (found.isEmpty() || found.get().status() != OrderStatus.ACCEPTED) {
			return false;
		}
		save(found.get(), order -> order.ship(carrier, waybill, new Actor(null, by), at));
		return true;
	}

	@Override
	@Transactional
	public boolean deliveredByCarrier(OrderId id, String by, Instant at) {
		Optional<Order> found = store.find(id);
		if (found.isEmpty() || !found.get().status().canMoveTo(OrderStatus.DELIVERED)) {
			return false;
		}
		save(found.get(), order -> order.confirmDelivery(new Actor(null, by), at));
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Order> declarable(OrderId id) {
		return store.find(id);
	}

	@Override
	@Transactional
	public boolean handedToCustoms(OrderId id, String by, Instant at) {
		Optional<Order> found = store.find(id);
		if (found.isEmpty() || found.get().status() != OrderStatus.SHIPPED) {
			return false;
		}
		save(found.get(), order -> order.enterCustoms(new Actor(null, by), at));
		return true;
	}

	@Override
	@Transactional
	public boolean releasedByCustoms(OrderId id, String by, @Nullable String taxBill, Instant at) {
		Optional<Order> found = store.find(id);
		if (found.isEmpty() || found.get().status() != OrderStatus.IN_CUSTOMS) {
			return false;
		}
		save(found.get(), order -> order.clearCustoms(new Actor(null, by), at, taxBill));
		return true;
	}

	@Override
	@Transactional
	public List<OrderId> releasedByCustoms(List<Release> releases, String by, Instant at) {
		Map<OrderId, Order> found = store.findAll(releases.stream().map(Release::order).toList());
		List<Order> changed = new ArrayList<>();
		for (Release release : releases) {
			Order order = found.get(release.order());
			// A second line for the same order finds it CLEARED already, as a second call
			// would.
			if (order != null && order.status() == OrderStatus.IN_CUSTOMS) {
				order.clearCustoms(new Actor(null, by), at, release.taxBill());
				changed.add(order);
			}
		}
		store.updateAll(changed, OrderStatus.IN_CUSTOMS);
		changed.forEach(order -> order.events().forEach(events::publishEvent));
		return changed.stream().map(Order::id).toList();
	}

	@Override
	@Transactional
	public boolean heldByCustoms(OrderId id, String by, String reasonKey, Instant at) {
		Optional<Order> found = store.find(id);
		if (found.isEmpty() || found.get().status() != OrderStatus.IN_CUSTOMS) {
			return false;
		}
		save(found.get(), order -> order.holdInCustoms(new Actor(null, by), at, reasonKey));
		return true;
	}

	@Override
	@Transactional
	public boolean refusedByCustoms(OrderId id, String by, String reasonKey, Instant at) {
		Optional<Order> found = store.find(id);
		if (found.isEmpty() || found.get().status() != OrderStatus.IN_CUSTOMS) {
			return false;
		}
		save(found.get(), order -> order.refuseAtCustoms(new Actor(null, by), at, reasonKey));
		return true;
	}

	@Override
	@Transactional
	public boolean taxBillIssued(OrderId id, String by, String taxBill, Instant at) {
		Optional<Order> found = store.find(id);
		if (found.isEmpty()) {
			return false;
		}
		save(found.get(), order -> order.recordTaxBill(new Actor(null, by), at, taxBill));
		return true;
	}

	/** Completes a delivered order nobody confirmed or disputed in time. */
	@Transactional
	boolean completeUnconfirmed(OrderId id, String reason, Instant at) {
		Optional<Order> found = store.find(id);
		if (found.isEmpty() || found.get().status() != OrderStatus.DELIVERED) {
			return false;
		}
		save(found.get(), order -> order.complete(Actor.SYSTEM, at, reason));
		return true;
	}

	private void save(Order order, Consumer<Order> change) {
		OrderStatus before = order.status();
		change.accept(order);
		store.update(order, before);
		order.events().forEach(events::publishEvent);
	}

}
