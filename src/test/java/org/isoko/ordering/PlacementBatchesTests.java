package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.isoko.ordering.PlacementBatchWriter.Keyed;
import org.isoko.ordering.PlacementBatchWriter.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

/**
 * The lanes of the group commit without a database: what a writer answers reaches each
 * waiting order, a batch that fails sends every order in it to be placed alone, and
 * orders arriving while a batch is written go together into the next.
 */
class PlacementBatchesTests {

	final PlacementBatchWriter writer = mock(PlacementBatchWriter.class);

	@Test
	void eachOrderGetsItsOwnOutcomeAndOneNotServedIsToBePlacedAlone() throws Exception {
		when(writer.write(anyList())).thenAnswer(call -> {
			List<Keyed> batch = call.getArgument(0);
			return batch.stream().map(k -> switch (k.key()) {
				case "taken" -> Outcome.KEY_TAKEN;
				case "short" -> Outcome.ALONE;
				default -> Outcome.PLACED;
			}).toList();
		});
		PlacementBatches batches = new PlacementBatches(writer, true, 1, Duration.ofSeconds(30));
		try {
			assertThat(batches.write(keyed("new"))).isEqualTo(Outcome.PLACED);
			assertThat(batches.write(keyed("taken"))).isEqualTo(Outcome.KEY_TAKEN);
			assertThatThrownBy(() -> batches.write(keyed("short"))).isInstanceOf(PlacementBatches.PlaceAlone.class);
			assertThat(batches.sentAlone()).isEqualTo(1);
		}
		finally {
			batches.destroy();
		}
	}

	@Test
	void aBatchThatFailsAsAWholeSendsEachOfItsOrdersToBePlacedAlone() {
		when(writer.write(anyList())).thenThrow(new CannotAcquireLockException("deadlock detected"));
		PlacementBatches batches = new PlacementBatches(writer, true, 2, Duration.ofSeconds(30));
		try {
			assertThatThrownBy(() -> batches.write(keyed("a"))).isInstanceOf(PlacementBatches.PlaceAlone.class)
				.hasCauseInstanceOf(CannotAcquireLockException.class);
			assertThat(batches.batchesWritten()).isZero();
			assertThat(batches.sentAlone()).isEqualTo(1);
		}
		finally {
			batches.destroy();
		}
	}

	@Test
	void ordersArrivingWhileABatchIsWrittenGoTogetherIntoTheNext() throws Exception {
		List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
		when(writer.write(anyList())).thenAnswer(call -> {
			List<Keyed> batch = call.getArgument(0);
			sizes.add(batch.size());
			Thread.sleep(50); // a transaction's time, while others queue
			return batch.stream().map(k -> Outcome.PLACED).toList();
		});
		PlacementBatches batches = new PlacementBatches(writer, true, 1, Duration.ofSeconds(30));
		ExecutorService pool = Executors.newFixedThreadPool(40);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Outcome>> outcomes = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String key = "k" + i;
				outcomes.add(pool.submit(() -> {
					start.await();
					return batches.write(keyed(key));
				}));
			}
			start.countDown();
			for (Future<Outcome> outcome : outcomes) {
				assertThat(outcome.get(30, TimeUnit.SECONDS)).isEqualTo(Outcome.PLACED);
			}
			assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
			assertThat(sizes).as("batch sizes").hasSizeLessThan(40);
			assertThat(batches.ordersInBatches()).isEqualTo(40);
			assertThat(batches.batchesWritten()).isEqualTo(sizes.size());
		}
		finally {
			pool.shutdownNow();
			batches.destroy();
		}
	}

	/** The lanes never look into the order: none is needed here. */
	private static Keyed keyed(String key) {
		return new Keyed(null, key, "hash");
	}

}
