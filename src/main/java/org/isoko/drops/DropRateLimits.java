package org.isoko.drops;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.isoko.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

/**
 * Rate limits of drop orders, per account (user) and per client address, with
 * Resilience4j rate limiters (a permit budget refilled every period; no waiting: a
 * request over the budget is refused at once with 429 and Retry-After).
 * <p>
 * The limiters live in this instance's memory: with N instances behind a balancer a
 * client can get up to N times the budget (exactly the budget when the balancer routes a
 * client to one instance). A limit shared through the database would add a write on one
 * row per client address to every request, which on a rush from one address (a campus, a
 * carrier's NAT) is the very hot row the drop path avoids. Idle limiters are dropped
 * every minute, so memory follows the number of active clients. Behind a proxy, set
 * {@code server.forward-headers-strategy=native} so that the client address is the real
 * one.
 */
@Component
public class DropRateLimits {

	private final RateLimiterConfig perAccount;

	private final RateLimiterConfig perAddress;

	private final Map<String, Entry> limiters = new ConcurrentHashMap<>();

	DropRateLimits(@Value("${isoko.drops.rate-limit.per-account:5}") int perAccount,
			@Value("${isoko.drops.rate-limit.per-address:100}") int perAddress,
			@Value("${isoko.drops.rate-limit.period:1s}") Duration period) {
		this.perAccount = config(perAccount, period);
		this.perAddress = config(perAddress, period);
	}

	private static RateLimiterConfig config(int permits, Duration period) {
		return RateLimiterConfig.custom()
			.limitForPeriod(permits)
			.limitRefreshPeriod(period)
			.timeoutDuration(Duration.ZERO)
			.build();
	}

	private static final class Entry {

		final AtomicRateLimiter limiter;

		volatile long lastUsedNanos = System.nanoTime();

		Entry(AtomicRateLimiter limiter) {
			this.limiter = limiter;
		}

	}

	/**
	 * @throws DropTooManyRequests when the account or the address has used its budget for
	 * the current period
	 */
	public void check(CurrentUser user, String clientAddress) {
		take("account:" + user.id(), perAccount, "your account");
		take("address:" + clientAddress, perAddress, "your network address");
	}

	private void take(String key, RateLimiterConfig config, String who) {
		Entry entry = limiters.computeIfAbsent(key, k -> new Entry(new AtomicRateLimiter(k, config)));
		entry.lastUsedNanos = System.nanoTime();
		if (!entry.limiter.acquirePermission()) {
			long nanos = Math.max(entry.limiter.getDetailedMetrics().getNanosToWait(), 1);
			long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
			throw new DropTooManyRequests(seconds,
					"Too many drop orders from " + who + ": at most " + config.getLimitForPeriod() + " per "
							+ config.getLimitRefreshPeriod().toMillis() + " ms. Retry after " + seconds + " s.");
		}
	}

	@Scheduled(fixedDelay = 60_000)
	void forgetIdle() {
		long cutoff = System.nanoTime() - Duration.ofMinutes(1).toNanos();
		limiters.values().removeIf(e -> e.lastUsedNanos < cutoff);
	}

}
