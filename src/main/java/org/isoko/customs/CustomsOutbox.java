package org.isoko.customs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Sends the declared messages that are due, in the order they were declared, each once it
 * is taken (see {@link DeclarationStore#claim}); a failure waits first-retry, then twice
 * as long each time up to max-retry. Messages are written in the declaring transaction,
 * so nothing is sent for a declaration that rolled back; a message sent but not marked (a
 * crash in between) goes again with the same guid, which customs takes once. After
 * max-attempts failures a message is given up on (GAVE_UP), shown to the operator.
 */
@Component
class CustomsOutbox implements InitializingBean, DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(CustomsOutbox.class);

	/** How long a taken message is left alone before another attempt may take it. */
	static final Duration LEASE = Duration.ofMinutes(2);

	/** How many due messages one read takes. */
	static final int BATCH = 100;

	private final DeclarationStore store;

	private final ChinaCustomsPort customs;

	private final CustomsSettings settings;

	private final Clock clock;

	private final OutboxPoller poller = new OutboxPoller("customs-outbox", this::sendDue, BATCH, LOG);

	CustomsOutbox(DeclarationStore store, ChinaCustomsPort customs, CustomsSettings settings, Clock clock) {
		this.store = store;
		this.customs = customs;
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
		List<DeclarationStore.OutboxMessage> due = store.due(clock.instant(), BATCH);
		if (!due.isEmpty()) {
			LOG.debug("{} customs messages due", due.size());
		}
		for (DeclarationStore.OutboxMessage m : due) {
			Instant now = clock.instant();
			if (!store.claim(m, now.plus(LEASE))) {
				continue;
			}
			try {
				customs.send(m.type(), m.guid(), m.body());
				store.sent(m.id(), clock.instant());
				sent++;
			}
			catch (RuntimeException ex) {
				int attempts = m.attempts() + 1;
				if (attempts >= settings.outbox().maxAttempts()) {
					LOG.error("{} {} given up after {} attempts: {}; the operator can send it again", m.type(),
							m.guid(), attempts, ex.getMessage());
					store.giveUp(m.id(), String.valueOf(ex.getMessage()));
					continue;
				}
				Duration wait = backoff(attempts);
				LOG.warn("{} {} not taken by customs (attempt {}): {}; next try in {}", m.type(), m.guid(),
						m.attempts() + 1, ex.getMessage(), wait);
				store.retryAt(m.id(), now.plus(wait), String.valueOf(ex.getMessage()));
			}
		}
		return sent;
	}

	/** first-retry × 2^(attempts−1), at most max-retry. */
	Duration backoff(int attempts) {
		return backoff(settings.outbox(), attempts);
	}

	/**
	 * first-retry × 2^(attempts−1), at most max-retry: the same back-off for every
	 * customs outbox (the CEB messages, the consignments' entries).
	 */
	static Duration backoff(CustomsSettings.Outbox outbox, int attempts) {
		Duration wait = outbox.firstRetry();
		for (int i = 1; i < attempts && wait.compareTo(outbox.maxRetry()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(outbox.maxRetry()) > 0 ? outbox.maxRetry() : wait;
	}

}
