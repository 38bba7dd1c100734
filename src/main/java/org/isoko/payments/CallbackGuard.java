package org.isoko.payments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.isoko.identity.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

/**
 * Protects the anonymous provider callback endpoints from floods: a rate limit per client
 * address (Resilience4j, no waiting: over the budget a callback is refused at once with
 * 429 and Retry-After, before it reads or writes anything), and rejected callbacks
 * audited in aggregate, so that a flood of forged or random callbacks cannot flood the
 * audit log.
 * <p>
 * The first rejection from an address is audited at once with its details; later ones
 * from that address are counted, and one summary row ("N more ...") is written when the
 * window ({@code isoko.payments.callbacks.audit-window}, 1 minute) closes. Every callback
 * that passes the limit is still recorded in the callback log. The limiters and counters
 * live in this instance's memory (as the drop rate limits do); behind a proxy, set
 * {@code server.forward-headers-strategy=native} so that the client address is the real
 * one.
 */
@Component
public class CallbackGuard {

	static final String REJECTED = "PAYMENT_CALLBACK_REJECTED";

	private final RateLimiterConfig perAddress;

	private final Duration window;

	private final AuditTrail audit;

	private final Clock clock;

	private final Map<String, Limiter> limiters = new ConcurrentHashMap<>();

	private final Map<String, Rejections> rejections = new ConcurrentHashMap<>();

	CallbackGuard(@Value("${isoko.payments.callbacks.rate-limit.per-address:50}") int perAddress,
			@Value("${isoko.payments.callbacks.rate-limit.period:1s}") Duration period,
			@Value("${isoko.payments.callbacks.audit-window:1m}") Duration window, AuditTrail audit, Clock clock) {
		this.perAddress = RateLimiterConfig.custom()
			.limitForPeriod(perAddress)
			.limitRefreshPeriod(period)
			.timeoutDuration(Duration.ZERO)
			.build();
		this.window = window;
		this.audit = audit;
		this.clock = clock;
	}

	private static final class Limiter {

		final AtomicRateLimiter limiter;

		volatile long lastUsedNanos = System.nanoTime();

		Limiter(AtomicRateLimiter limiter) {
			this.limiter = limiter;
		}

	}

	/** Rejections from one address since the first one of its window was audited. */
	private record Rejections(Instant since, AtomicLong more) {
	}

	/**
	 * @throws CallbackRateLimited when the address has used its budget for the current
	 * period
	 */
	public void admit(String address) {
		Limiter entry = limiters.computeIfAbsent(address, a -> new Limiter(new AtomicRateLimiter(a, perAddress)));
		entry.lastUsedNanos = System.nanoTime();
		if (!entry.limiter.acquirePermission()) {
			long nanos = Math.max(entry.limiter.getDetailedMetrics().getNanosToWait(), 1);
			long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
			throw new CallbackRateLimited(seconds,
					"Too many callbacks from your network address: at most " + perAddress.getLimitForPeriod() + " per "
							+ perAddress.getLimitRefreshPeriod().toMillis() + " ms. Retry after " + seconds + " s.");
		}
	}

	/**
	 * Audits a rejected callback: the first of its address's window at once, the others
	 * counted into one summary row.
	 */
	public void rejected(String address, Provider provider, String reference, String outcome, String detail) {
		boolean[] first = { false };
		rejections.compute(address, (a, existing) -> {
			if (existing == null) {
				first[0] = true;
				return new Rejections(clock.instant(), new AtomicLong());
			}
			existing.more().incrementAndGet();
			return existing;
		});
		if (first[0]) {
			audit.record(REJECTED, provider + ":" + (reference.length() > 80 ? reference.substring(0, 80) : reference),
					outcome + ": " + detail + " (further rejections from " + address + " within " + window.toSeconds()
							+ " s are audited as one summary)");
		}
	}

	/** Closes the windows that are over: one summary row per address that had more. */
	@Scheduled(fixedDelayString = "${isoko.payments.callbacks.audit-flush-interval:PT10S}")
	void closeWindows() {
		close(clock.instant().minus(window));
	}

	/** Closes every window now (tests, shutdown). */
	void closeAllWindows() {
		close(Instant.MAX);
	}

	private void close(Instant startedBefore) {
		for (String address : rejections.keySet()) {
			Rejections[] closed = { null };
			rejections.computeIfPresent(address, (a, entry) -> {
				if (entry.since().isBefore(startedBefore)) {
					closed[0] = entry;
					return null;
				}
				return entry;
			});
			if (closed[0] != null && closed[0].more().get() > 0) {
				audit.recordFor("anonymous", null, REJECTED, "address:" + address, closed[0].more().get()
						+ " more rejected payment callback(s) from " + address + " since " + closed[0].since());
			}
		}
	}

	@Scheduled(fixedDelay = 60_000)
	void forgetIdleLimiters() {
		long cutoff = System.nanoTime() - Duration.ofMinutes(1).toNanos();
		limiters.values().removeIf(e -> e.lastUsedNanos < cutoff);
	}

}
