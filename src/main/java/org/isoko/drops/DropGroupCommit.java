package org.isoko.drops;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The batched reservation strategy: an in-process "group commit". Concurrent claims queue
 * up in their drop's lane (a drop always maps to the same one of {@code workers} lanes);
 * one worker at a time drains a lane, taking everything that arrived (up to
 * {@code max-batch}, and after lingering {@code linger} for stragglers when the lane is
 * short) into <b>one</b> transaction that updates each drop's stock row once for the sum
 * of its claims ({@link DropReservationWriter}). While that transaction runs, the next
 * batch gathers, so the batch size follows the load: one row lock and one commit (one WAL
 * flush) serve many orders, and the hot row stops serialising the rush. A lane carries
 * many drops, so many small drops running at once are batched as well as one hot drop
 * (with a lane per drop, a thousand drops of two units made a thousand transactions of
 * one or two orders).
 * <p>
 * Correct across instances: each instance batches on its own, and the conditional update
 * in the database is the guard. A batch that fails as a whole (a deadlock with another
 * instance, a duplicate order number) is retried claim by claim, so one bad claim cannot
 * fail the others.
 */
@Component
class DropGroupCommit implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(DropGroupCommit.class);

	private final DropReservationWriter writer;

	private final int maxBatch;

	private final long lingerNanos;

	private final ExecutorService workers;

	private final Lane[] lanes;

	private final int lanesPerDrop;

	DropGroupCommit(DropReservationWriter writer, @Value("${isoko.drops.batch.max-size:200}") int maxBatch,
			@Value("${isoko.drops.batch.linger-micros:1000}") long lingerMicros,
			@Value("${isoko.drops.batch.workers:8}") int workers,
			@Value("${isoko.drops.batch.lanes-per-drop:2}") int lanesPerDrop) {
		this.writer = writer;
		this.maxBatch = maxBatch;
		this.lanesPerDrop = Math.max(1, Math.min(lanesPerDrop, workers));
		this.lingerNanos = TimeUnit.MICROSECONDS.toNanos(lingerMicros);
		AtomicInteger count = new AtomicInteger();
		ThreadFactory threads = r -> {
			Thread thread = new Thread(r, "drop-commit-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.workers = Executors.newFixedThreadPool(workers, threads);
		this.lanes = new Lane[workers];
		for (int i = 0; i < workers; i++) {
			this.lanes[i] = new Lane();
		}
	}

	private record Pending(DropClaim claim, CompletableFuture<DropOutcome> result) {
	}

	/** The queue of one drop, and whether a worker is draining it. */
	private static final class Lane {

		final Queue<Pending> queue = new ConcurrentLinkedQueue<>();

		final AtomicInteger size = new AtomicInteger();

		final AtomicBoolean draining = new AtomicBoolean();

	}

	CompletableFuture<DropOutcome> reserve(DropClaim claim) {
		// A drop's claims go to lanesPerDrop neighbouring lanes in turn, so that batches
		// of one hot drop write their orders
		// in parallel (they queue only for the stock row's update and the commit, see
		// DropReservationWriter).
		Lane lane = lanes[Math.floorMod(claim.drop().hashCode() + (int) (claim.arrival() % lanesPerDrop),
				lanes.length)];
		Pending pending = new Pending(claim, new CompletableFuture<>());
		lane.queue.add(pending);
		lane.size.incrementAndGet();
		schedule(lane);
		return pending.result();
	}

	private void schedule(Lane lane) {
		if (lane.draining.compareAndSet(false, true)) {
			workers.execute(() -> drain(lane));
		}
	}

	private void drain(Lane lane) {
		try {
			while (!lane.queue.isEmpty()) {
				if (lingerNanos > 0 && lane.size.get() < maxBatch) {
					LockSupport.parkNanos(lingerNanos); // let the requests arriving right
														// now join this batch
				}
				List<Pending> batch = new ArrayList<>();
				Pending next;
				while (batch.size() < maxBatch && (next = lane.queue.poll()) != null) {
					lane.size.decrementAndGet();
					batch.add(next);
				}
				if (!batch.isEmpty()) {
					run(batch);
				}
			}
		}
		finally {
			lane.draining.set(false);
			if (!lane.queue.isEmpty()) {
				schedule(lane); // a claim arrived between our last poll and the flag: do
								// not strand it
			}
		}
	}

	private void run(List<Pending> batch) {
		List<DropClaim> claims = batch.stream().map(Pending::claim).toList();
		try {
			complete(batch, writer.write(claims, false));
		}
		catch (RuntimeException whole) {
			if (batch.size() == 1) {
				batch.get(0).result().complete(new DropOutcome.Failed(whole));
				return;
			}
			LOG.info("A batch of {} drop reservations failed as a whole ({}); retrying them one by one", batch.size(),
					whole.toString());
			for (Pending pending : batch) {
				try {
					complete(List.of(pending), writer.write(List.of(pending.claim()), false));
				}
				catch (RuntimeException single) {
					pending.result().complete(new DropOutcome.Failed(single));
				}
			}
		}
	}

	private static void complete(List<Pending> batch, List<DropOutcome> outcomes) {
		for (int i = 0; i < batch.size(); i++) {
			batch.get(i).result().complete(outcomes.get(i));
		}
	}

	@Override
	public void destroy() {
		workers.shutdown();
		try {
			if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
				workers.shutdownNow();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			workers.shutdownNow();
		}
	}

}
