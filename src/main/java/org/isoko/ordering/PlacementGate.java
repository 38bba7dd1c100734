package org.isoko.ordering;

import java.time.Duration;
import java.util.function.Supplier;

import org.isoko.shared.Busy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;

/**
 * How many order placements run at once: at most
 * {@code isoko.ordering.placement.concurrency} (by default twice the processors), the
 * others wait their turn, in order of arrival, for up to
 * {@code isoko.ordering.placement.max-wait} and are then refused with {@link Busy} (503,
 * Retry-After), having changed nothing. A Resilience4j bulkhead (a fair semaphore).
 * <p>
 * Why: a placement is a transaction of a dozen statements with the landed-cost quote
 * worked out inside it, almost all CPU, in Isoko and in PostgreSQL. With Tomcat's 32
 * threads and 20 connections, 20 placements ran at once on the development machine's 2
 * cores: they did not finish sooner, each took twice the CPU (context switches, caches
 * shared by 50 runnable threads and database backends), and checkout placed 328 orders a
 * second. Four at a time placed 549 (see docs/benchmarks.md, "Checkout"). The limit is
 * that of HikariCP's pool-sizing advice (connections ≈ cores × 2), applied to placements
 * only: the pool stays larger for drops' group commit, pages and payments, and a thread
 * waiting here holds no connection.
 * <p>
 * The gate is taken before the placement's transaction begins, never inside one.
 */
@Component
class PlacementGate {

	private final Bulkhead bulkhead;

	private final Duration maxWait;

	PlacementGate(@Value("${isoko.ordering.placement.concurrency:0}") int concurrency,
			@Value("${isoko.ordering.placement.max-wait:10s}") Duration maxWait) {
		int permits = concurrency > 0 ? concurrency : 2 * Runtime.getRuntime().availableProcessors();
		this.maxWait = maxWait;
		this.bulkhead = Bulkhead.of("order-placement",
				BulkheadConfig.custom()
					.maxConcurrentCalls(permits)
					.maxWaitDuration(maxWait)
					.fairCallHandlingStrategyEnabled(true)
					.build());
	}

	/** Runs {@code placement} once a place is free. */
	<T> T place(Supplier<T> placement) {
		try {
			return bulkhead.executeSupplier(placement);
		}
		catch (BulkheadFullException e) {
			throw new Busy(
					"Isoko is placing as many orders as it can; nothing was placed. Send the same request again in "
							+ Math.max(1, maxWait.toSeconds()) + " seconds.",
					maxWait);
		}
	}

	/** Places free now. */
	int available() {
		return bulkhead.getMetrics().getAvailableConcurrentCalls();
	}

	int permits() {
		return bulkhead.getMetrics().getMaxAllowedConcurrentCalls();
	}

}
