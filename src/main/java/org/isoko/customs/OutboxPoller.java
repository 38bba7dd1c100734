package org.isoko.customs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.slf4j.Logger;

/**
 * The thread an outbox sends on ({@link CustomsOutbox}, {@link EntryOutbox}): its own
 * rather than the application's shared scheduler, so that another module's slow job does
 * not hold declarations back. Each poll sends what is due; a full batch all sent means
 * more may be due, so it reads again at once rather than after the interval (a backlog of
 * 4 × 200,000 messages went out one batch per interval). A failure ends the round: the
 * rest waits for the next poll.
 */
final class OutboxPoller {

	private final ScheduledExecutorService thread;

	private final IntSupplier sendDue;

	private final int batch;

	private final String name;

	private final Logger log;

	/**
	 * @param sendDue sends one batch of what is due and returns how many went out
	 */
	OutboxPoller(String name, IntSupplier sendDue, int batch, Logger log) {
		this.name = name;
		this.sendDue = sendDue;
		this.batch = batch;
		this.log = log;
		this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, name);
			t.setDaemon(true);
			return t;
		});
	}

	void start(Duration every) {
		thread.scheduleWithFixedDelay(this::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	void stop() {
		thread.shutdownNow();
	}

	private void poll() {
		try {
			while (sendDue.getAsInt() == batch) {
				// next batch
			}
		}
		catch (RuntimeException ex) {
			log.warn("The {} could not be read: {}", name, ex.getMessage());
		}
	}

}
