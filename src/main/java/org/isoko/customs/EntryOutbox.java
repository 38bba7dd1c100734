package org.isoko.customs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Sends the consignments' signed entries to their authority, as {@link CustomsOutbox}
 * sends the CEB messages and with its settings and its {@link OutboxPoller}: written in
 * the submitting transaction, taken by a lease, retried with the same back-off, given up
 * after max-attempts, each revision carrying its guid (the authority takes it once).
 */
@Component
class EntryOutbox implements InitializingBean, DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(EntryOutbox.class);

	private final EntryStore store;

	private final EacCustomsPort authorities;

	private final CustomsSettings settings;

	private final Clock clock;

	private final OutboxPoller poller = new OutboxPoller("customs-entry-outbox", this::sendDue, CustomsOutbox.BATCH,
			LOG);

	EntryOutbox(EntryStore store, EacCustomsPort authorities, CustomsSettings settings, Clock clock) {
		this.store = store;
		this.authorities = authorities;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		poller.start(settings.outbox().poll());
	}

	@Override
	public void destroy() {
		poller.stop();
	}

	/** Sends what is due now; returns how many were sent. */
	int sendDue() {
		int sent = 0;
		for (EntryStore.Outgoing m : store.due(clock.instant(), CustomsOutbox.BATCH)) {
			Instant now = clock.instant();
			LOG.debug("Sending entry {} to the authority of {}", m.guid(), m.country());
			if (!store.claim(m, now.plus(CustomsOutbox.LEASE))) {
				continue;
			}
			try {
				authorities.send(m.country(), m.guid(), m.body());
				store.sent(m.id(), clock.instant());
				sent++;
			}
			catch (RuntimeException ex) {
				int attempts = m.attempts() + 1;
				if (attempts >= settings.outbox().maxAttempts()) {
					LOG.error("Entry {} to {} given up after {} attempts: {}", m.guid(), m.country(), attempts,
							ex.getMessage());
					store.giveUp(m.id(), String.valueOf(ex.getMessage()));
					continue;
				}
				Duration wait = CustomsOutbox.backoff(settings.outbox(), attempts);
				LOG.warn("Entry {} not taken by the {} authority (attempt {}): {}; next try in {}", m.guid(),
						m.country(), attempts, ex.getMessage(), wait);
				store.retryAt(m.id(), now.plus(wait), String.valueOf(ex.getMessage()));
			}
		}
		return sent;
	}

}
