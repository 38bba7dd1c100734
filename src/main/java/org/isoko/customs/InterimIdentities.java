package org.isoko.customs;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves what the interim {@code customs_buyer_identity} table holds (plain text, written
 * before checkout captured the identity) into the encrypted store, and empties it. A SQL
 * migration cannot encrypt: the key is the application's.
 */
@Component
@Order(44)
class InterimIdentities implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(InterimIdentities.class);

	private final IdentityStore store;

	private final BuyerIdentities identities;

	private final Clock clock;

	InterimIdentities(IdentityStore store, BuyerIdentities identities, Clock clock) {
		this.store = store;
		this.identities = identities;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (IdentityStore.Interim row : store.interim()) {
			identities.save(row.user(), row.name(), row.idNumber(), "INTERIM", clock.instant());
			store.deleteInterim(row.user());
			LOG.info("Encrypted the interim orderer identity of user {}", row.user());
		}
	}

}
