package org.isoko.ordering;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.isoko.ordering.PlacementBatchWriter.Keyed;
import org.isoko.ordering.PlacementBatchWriter.Outcome;
import org.isoko.shared.Busy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Group commit of API orders: the request's thread checks and prices its order (outside
 * any lock, behind the {@link PlacementGate}), then hands it to one of a few writer
 * threads ("lanes"), each of which takes everything queued for it (up to
 * {@value #MAX_BATCH} orders) and writes it in one transaction
 * ({@link PlacementBatchWriter}), and waits for that commit: a 201 is answered only for a
 * committed order. Under load a batch holds as many orders as arrived while the last one
 * was written, so a commit, a lock of a lot's row and each kind of statement serve many
 * orders; alone, an order is a batch of one. Same idea as the drops' group commit (ADR
 * 0002), without its asynchronous answers: a waiting request holds a Tomcat thread but no
 * connection.
 * <p>
 * A batch that fails as a whole (a deadlock with another instance, a lost connection)
 * sends each of its orders back to be placed alone, as does an order the batch could not
 * serve.
 * <p>
 * Off by default ({@code isoko.ordering.placement.batched}): on the 2-core development
 * machine, where Isoko, PostgreSQL and the load generator share the cores, it cut
 * PostgreSQL's CPU per order by a fifth and its round trips by half, but Isoko's own CPU
 * per order rose by more, and checkout placed no more orders a second (ADR 0008,
 * docs/benchmarks.md). Switched off, every order is placed alone, one transaction each.
 */
@Component
class PlacementBatches implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(PlacementBatches.class);

	static final int MAX_BATCH = 100;

	/** The order could not be written in a batch: place it alone. */
	static final class PlaceAlone extends RuntimeException {

		PlaceAlone(String why, Throwable cause) {
			super(why, cause, false, false);
		}

	}

	private final PlacementBatchWriter writer;

	private final boolean enabled;

	private final Duration maxWait;

	private final List<LinkedBlockingQueue<Pending>> lanes = new ArrayList<>();

	private final List<Thread> threads = new ArrayList<>();

	private final AtomicInteger next = new AtomicInteger();

	private volatile boolean stopping;

	private final LongAdder batchesWritten = new LongAdder();

	private final LongAdder ordersInBatches = new LongAdder();

	private final LongAdder sentAlone = new LongAdder();

	private record Pending(Keyed order, CompletableFuture<Outcome> outcome) {
	}

	PlacementBatches(PlacementBatchWriter writer, @Value("${isoko.ordering.placement.batched:false}") boolean enabled,
			@Value("${isoko.ordering.placement.writers:1}") int writers,
			@Value("${isoko.ordering.placement.batch-wait:60s}") Duration maxWait) {
		this.writer = writer;
		this.enabled = enabled;
		this.maxWait = maxWait;
		for (int lane = 0; enabled && lane < Math.max(1, writers); lane++) {
			LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
			lanes.add(queue);
			Thread thread = new Thread(() -> run(queue), "order-batches-" + lane);
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
	}

	boolean enabled() {
		return enabled;
	}

	/** Batches committed so far (for tests and the checkout benchmark). */
	long batchesWritten() {
		return batchesWritten.sum();
	}

	/** Orders in the batches committed so far, whatever became of each. */
	long ordersInBatches() {
		return ordersInBatches.sum();
	}

	/** Orders sent back to be placed alone so far (not served, or their batch failed). */
	long sentAlone() {
		return sentAlone.sum();
	}

	/**
	 * Writes the order with a batch and waits for its commit.
	 * @return {@link Outcome#PLACED} or {@link Outcome#KEY_TAKEN}
	 * @throws PlaceAlone when the batch did not write it (place it alone)
	 */
	Outcome write(Keyed order) {
		if (lanes.isEmpty()) {
			throw new PlaceAlone("Batching is switched off", null);
		}
		CompletableFuture<Outcome> outcome = new CompletableFuture<>();
		lanes.get(Math.floorMod(next.getAndIncrement(), lanes.size())).add(new Pending(order, outcome));
		try {
			Outcome written = outcome.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
			if (written == Outcome.ALONE) {
				sentAlone.increment();
				throw new PlaceAlone("The batch could not serve this order", null);
			}
			return written;
		}
		catch (ExecutionException e) {
			sentAlone.increment();
			throw new PlaceAlone("The batch failed", e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Busy("Isoko is shutting down; send the same request again.", Duration.ofSeconds(5));
		}
		catch (TimeoutException e) {
			// Still queued or being written: the same Idempotency-Key finds it once it
			// is.
			throw new Busy("The order is still being written; send the same request again to get it.",
					Duration.ofSeconds(5));
		}
	}

	private void run(LinkedBlockingQueue<Pending> queue) {
		List<Pending> batch = new ArrayList<>();
		while (!stopping) {
			try {
				// A short poll, so that a closing context does not wait long for an idle
				// lane (see destroy()).
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				writeBatch(batch);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				batch.clear();
			}
		}
	}

	private void writeBatch(List<Pending> batch) {
		List<Outcome> outcomes;
		try {
			outcomes = writer.write(batch.stream().map(Pending::order).toList());
		}
		catch (RuntimeException | Error e) {
			LOG.warn("A batch of {} order(s) failed as a whole; each is placed alone: {}", batch.size(), e.toString());
			batch.forEach(p -> p.outcome().completeExceptionally(e));
			return;
		}
		batchesWritten.increment();
		ordersInBatches.add(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			batch.get(i).outcome().complete(outcomes.get(i));
		}
	}

	@Override
	public void destroy() {
		stopping = true;
		// A batch being written finishes (and commits) before the connections close.
		for (Thread thread : threads) {
			try {
				thread.join(10_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		// Orders still queued are placed alone by their requests, if these are still
		// there.
		lanes.forEach(queue -> {
			List<Pending> left = new ArrayList<>();
			queue.drainTo(left);
			left.forEach(p -> p.outcome().completeExceptionally(new IllegalStateException("Shutting down")));
		});
	}

}
