package org.isoko.drops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.isoko.drops.DropStore.Asked;
import org.isoko.drops.DropStore.Gate;
import org.isoko.identity.UserId;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Coalesces the {@link DropStore#gate gate reads} of concurrent requests to one drop. In
 * a rush most requests are answered by this read alone ("sold out"), so one database
 * round trip per request was a large part of their cost; here the requests that arrive
 * while a read of their drop is in flight are answered together by the next read (two
 * statements, however many requests).
 * <p>
 * Nothing is answered from an older read: every request gets the result of a read that
 * <b>started after it arrived</b>, exactly as fresh as a read of its own, so what a
 * replay or a returned unit means is unchanged. The first request to find its drop's lane
 * idle reads on its own thread (no hand-off when the drop is quiet); requests queued
 * meanwhile are read by a worker.
 */
@Component
class DropGateReads implements DisposableBean {

	/** At most this many requests per read (the size of its IN lists). */
	static final int MAX_BATCH = 500;

	/**
	 * Past this many drops' lanes, the idle ones are dropped (a lane is recreated on the
	 * drop's next request).
	 */
	static final int MAX_LANES = 10_000;

	private final DropStore drops;

	private final ExecutorService readers;

	private final Map<DropId, Lane> lanes = new ConcurrentHashMap<>();

	DropGateReads(DropStore drops) {
		this.drops = drops;
		AtomicInteger count = new AtomicInteger();
		this.readers = Executors.newCachedThreadPool(r -> {
			Thread thread = new Thread(r, "drop-gate-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	private record Pending(Asked asked, CompletableFuture<Optional<Gate>> result) {
	}

	/** The requests of one drop waiting for a read, and whether one is being made. */
	private static final class Lane {

		final Queue<Pending> queue = new ConcurrentLinkedQueue<>();

		final AtomicBoolean reading = new AtomicBoolean();

	}

	/**
	 * The drop's remaining units, whether it is closed, and this user's earlier request
	 * with this key.
	 * @return empty when the drop does not exist
	 */
	Optional<Gate> read(DropId id, UserId user, String key) {
		if (lanes.size() > MAX_LANES) {
			// A request holding a lane removed here still reads it itself; at worst one
			// drop briefly has two lanes.
			lanes.values().removeIf(l -> l.queue.isEmpty() && !l.reading.get());
		}
		Lane lane = lanes.computeIfAbsent(id, d -> new Lane());
		Pending mine = new Pending(new Asked(user, key), new CompletableFuture<>());
		lane.queue.add(mine);
		if (lane.reading.compareAndSet(false, true)) {
			try {
				readQueued(id, lane); // a pass on this thread: it holds this request and
										// whatever queued before it
			}
			finally {
				release(id, lane);
			}
		}
		return Waiting.get(mine.result(), DropOrdering.ANSWER_TIMEOUT, "reading drop " + id,
				() -> new IllegalStateException(
						"Reading drop " + id + " took longer than " + DropOrdering.ANSWER_TIMEOUT));
	}

	/**
	 * Lets the next read start; requests that queued during this one are read by a
	 * worker, not left waiting.
	 */
	private void release(DropId id, Lane lane) {
		lane.reading.set(false);
		if (!lane.queue.isEmpty() && lane.reading.compareAndSet(false, true)) {
			readers.execute(() -> {
				try {
					while (!lane.queue.isEmpty()) {
						readQueued(id, lane);
					}
				}
				finally {
					release(id, lane);
				}
			});
		}
	}

	private void readQueued(DropId id, Lane lane) {
		List<Pending> batch = new ArrayList<>();
		Pending next;
		while (batch.size() < MAX_BATCH && (next = lane.queue.poll()) != null) {
			batch.add(next);
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			Optional<List<Gate>> gates = drops.gates(id, DropReservationWriter.OPERATION,
					batch.stream().map(Pending::asked).toList());
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).result().complete(gates.isEmpty() ? Optional.empty() : Optional.of(gates.get().get(i)));
			}
		}
		catch (RuntimeException e) {
			batch.forEach(p -> p.result().completeExceptionally(e));
		}
	}

	@Override
	public void destroy() {
		readers.shutdownNow();
	}

}
