package org.isoko.customs;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.isoko.ordering.OrderCancelled;
import org.isoko.ordering.OrderCleared;
import org.isoko.ordering.OrderDeclined;
import org.isoko.ordering.OrderExpired;
import org.isoko.ordering.OrderRefunded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the orderer's identity {@code isoko.customs.identity-retention} after the orders
 * declared with it were cleared (or ended without import: cancelled, declined, expired,
 * refunded): the sealed name and number, the signed messages of their declarations (the
 * declarations keep the masked number and the masked name). An identity reused for a
 * later order is kept until that order too is past its retention. Each erasure is
 * recorded in the identity's history.
 */
@Component
class IdentityErasure {

	private static final Logger LOG = LoggerFactory.getLogger(IdentityErasure.class);

	static final int BATCH = 200;

	private final IdentityStore store;

	private final BuyerIdentities identities;

	private final IdentitySettings settings;

	private final Clock clock;

	IdentityErasure(IdentityStore store, BuyerIdentities identities, IdentitySettings settings, Clock clock) {
		this.store = store;
		this.identities = identities;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OrderCleared event) {
		store.ended(event.order(), event.at());
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		store.ended(event.order(), event.cancelledAt());
	}

	@ApplicationModuleListener
	void on(OrderDeclined event) {
		store.ended(event.order(), event.declinedAt());
	}

	@ApplicationModuleListener
	void on(OrderExpired event) {
		store.ended(event.order(), event.expiredAt());
	}

	@ApplicationModuleListener
	void on(OrderRefunded event) {
		store.ended(event.order(), event.refundedAt());
	}

	@Scheduled(fixedDelayString = "${isoko.customs.identity-erasure-poll:1h}", initialDelayString = "PT1M")
	void scheduled() {
		eraseDue(clock.instant());
	}

	/** Erases every identity past its retention at {@code now}; returns how many. */
	@Transactional
	int eraseDue(Instant now) {
		int erased = 0;
		for (UUID id : store.dueForErasure(now.minus(settings.identityRetention()), BATCH)) {
			String maskedName = store.find(id)
				.flatMap(identities::open)
				.map(o -> BuyerIdentities.maskedName(o.name()))
				.orElse("*");
			store.eraseFromDeclarations(id, maskedName);
			if (store.erase(id, now)) {
				store.event(id, "ERASED", null, "Isoko (retention " + settings.identityRetention() + ")", now);
				erased++;
			}
		}
		if (erased > 0) {
			LOG.info("Erased {} orderer identities past their retention ({})", erased, settings.identityRetention());
		}
		return erased;
	}

}
