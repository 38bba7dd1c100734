package org.isoko.ordering;

import java.time.Clock;
import java.util.List;

import org.isoko.shared.Conflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires unpaid orders whose reservation is due and gives their stock back. Safe on
 * several instances: each order is claimed by a conditional update (status still PLACED,
 * version unchanged) in its own transaction, so when two instances pick the same order,
 * one expires it and the other matches no row and moves on.
 */
@Component
class ReservationExpiry {

	private static final Logger LOG = LoggerFactory.getLogger(ReservationExpiry.class);
	static final int BATCH = 100;

	private final OrderStore store;

	private final OrderManagement management;

	private final Clock clock;

	ReservationExpiry(OrderStore store, OrderManagement management, Clock clock) {
		this.store = store;
		this.management = management;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${isoko.ordering.expiry-check-interval:30s}",
			initialDelayString = "${isoko.ordering.expiry-check-interval:30s}")
	void run() {
		int expired = expireDue();
		if (expired > 0) {
			LOG.info("Expired {} unpaid order(s) and released their stock", expired);
		}
	}

	/**
	 * @return how many orders this call expired
	 */
	int expireDue() {
		int expired = 0;
		List<OrderId> due;
		do {
			due = store.dueForExpiry(clock.instant(), BATCH);
			int before = expired;
			for (OrderId id : due) {
				try {
					expired += management.expire(id) ? 1 : 0;
				}
				catch (Conflict lostTheRace) {
					// Another instance (or a payment) changed this order first: nothing
					// to do here.
				}
			}
			if (expired == before) {
				break; // nothing claimed in this batch: stop rather than spin on orders
						// others hold
			}
		}
		while (due.size() == BATCH);
		return expired;
	}

}
