package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.isoko.shared.Busy;
import org.junit.jupiter.api.Test;

class PlacementGateTests {

	@Test
	void byDefaultTwicePerProcessor() {
		assertThat(new PlacementGate(0, Duration.ofSeconds(10)).permits())
			.isEqualTo(2 * Runtime.getRuntime().availableProcessors());
		assertThat(new PlacementGate(3, Duration.ofSeconds(10)).permits()).isEqualTo(3);
	}

	@Test
	void neverMoreThanItsPlacesAtOnceAndEveryCallerServed() throws Exception {
		PlacementGate gate = new PlacementGate(3, Duration.ofSeconds(30));
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		ExecutorService callers = Executors.newFixedThreadPool(40);
		try {
			List<CompletableFuture<Integer>> placed = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int n = i;
				placed.add(CompletableFuture.supplyAsync(() -> gate.place(() -> {
					most.accumulateAndGet(running.incrementAndGet(), Math::max);
					sleep(2);
					running.decrementAndGet();
					return n;
				}), callers));
			}
			for (int i = 0; i < placed.size(); i++) {
				assertThat(placed.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(most.get()).isEqualTo(3);
		assertThat(gate.available()).isEqualTo(3);
	}

	@Test
	void aCallerThatWaitedTooLongIsToldIsokoIsBusyAndNothingRuns() throws Exception {
		PlacementGate gate = new PlacementGate(1, Duration.ofMillis(200));
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.place(() -> {
			holding.countDown();
			await(release);
			return "first";
		}));
		assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
		AtomicBoolean ran = new AtomicBoolean();
		long start = System.nanoTime();
		assertThatThrownBy(() -> gate.place(() -> ran.getAndSet(true))).isInstanceOf(Busy.class)
			.hasMessageContaining("nothing was placed")
			.satisfies(e -> assertThat(((Busy) e).retryAfter()).isEqualTo(Duration.ofMillis(200)));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
		assertThat(ran).isFalse();

		// A caller waiting when the place frees up gets it.
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> gate.place(() -> "second"));
		release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
		assertThat(gate.available()).isEqualTo(1);
	}

	@Test
	void aFailedPlacementGivesItsPlaceBack() {
		PlacementGate gate = new PlacementGate(1, Duration.ofMillis(100));
		assertThatThrownBy(() -> gate.place(() -> {
			throw new IllegalStateException("refused");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(gate.place(() -> "next")).isEqualTo("next");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
