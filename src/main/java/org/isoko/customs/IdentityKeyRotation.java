package org.isoko.customs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seals the orderers' identities again with the current key once the key rotated
 * ({@code isoko.customs.identity-key} new, the old one moved to
 * {@code identity-previous-keys}): a while after start, then at every erasure poll, in
 * batches, each row replaced only if it did not change meanwhile (so two instances can
 * run it at once). A value that opens with no configured key is left as it was and
 * counted. A run that sealed anything again, or found another number of values it cannot
 * open than the last run here, is recorded (which key, how many, when) and logged; when a
 * run reports nothing left, the previous key can be removed.
 */
@Component
class IdentityKeyRotation {

	private static final Logger LOG = LoggerFactory.getLogger(IdentityKeyRotation.class);

	static final int BATCH = 200;

	private final IdentityStore store;

	private final IdentityCipher cipher;

	private final Clock clock;

	/** The count of unopenable values last recorded: the same count is not news. */
	private volatile int reportedUnreadable = 0;

	IdentityKeyRotation(IdentityStore store, IdentityCipher cipher, Clock clock) {
		this.store = store;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** What a run did. */
	record Run(int resealed, int unreadable) {
	}

	@Scheduled(initialDelayString = "${isoko.customs.identity-rotation-delay:PT30S}",
			fixedDelayString = "${isoko.customs.identity-erasure-poll:1h}")
	void scheduled() {
		resealAll();
	}

	Run resealAll() {
		Instant started = clock.instant();
		String current = IdentityCipher.VERSION + cipher.keyId() + ".";
		int resealed = 0;
		int unreadable = 0;
		@Nullable UUID after = null;
		List<IdentityStore.Row> batch;
		do {
			batch = store.sealedOtherwise(current, after, BATCH);
			for (IdentityStore.Row row : batch) {
				after = row.id();
				try {
					String name = cipher.open(row.nameSealed(), BuyerIdentities.context(row.id(), "name"));
					String number = cipher.open(row.idNumberSealed(), BuyerIdentities.context(row.id(), "idNumber"));
					if (store.reseal(row, cipher.seal(name, BuyerIdentities.context(row.id(), "name")),
							cipher.seal(number, BuyerIdentities.context(row.id(), "idNumber")))) {
						resealed++;
					}
				}
				catch (IdentityCipher.Unreadable ex) {
					LOG.debug("Orderer identity {} opens with no configured key ({}): left as it is", row.id(),
							ex.getMessage());
					unreadable++;
				}
			}
		}
		while (batch.size() == BATCH);
		if (resealed > 0 || unreadable != reportedUnreadable) {
			store.rotationRun(cipher.keyId(), started, clock.instant(), resealed, unreadable);
			reportedUnreadable = unreadable;
			if (unreadable > 0) {
				LOG.warn(
						"Orderer identities sealed again with key {}: {}; {} open with no configured key (left as they "
								+ "are; their ids at DEBUG)",
						cipher.keyId(), resealed, unreadable);
			}
			else {
				LOG.info("Orderer identities sealed again with key {}: {}", cipher.keyId(), resealed);
			}
		}
		return new Run(resealed, unreadable);
	}

}
