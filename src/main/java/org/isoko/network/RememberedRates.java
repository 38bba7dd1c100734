package org.isoko.network;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.isoko.shared.AfterCommit;
import org.isoko.shared.CurrencyCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The stored FX rates as the converter reads them, remembered for {@code isoko.network.fx-cache-ttl} (5 s) per pair and
 * day: a landed-cost quote converts several amounts, each through up to four look-ups (direct, inverse, both legs of a
 * cross via USD), and pricing a thousand lots at once (a storefront page, many drops opening together) read the same
 * few rates thousands of times. A rate added or changed on this instance counts at once (everything remembered is
 * forgotten when that transaction commits); on other instances within the TTL. {@code fx-cache-ttl=0} turns it off.
 */
@Component
class RememberedRates implements StoredRates {

	/** Past this many remembered look-ups the cache starts over. */
	static final int MAX_ENTRIES = 10_000;

	private final NetworkStore store;
	private final long ttlNanos;
	private final Map<Key, Remembered> byPair = new ConcurrentHashMap<>();
	/** Raised by every forgetting: a read that started before it is not remembered after it. */
	private final AtomicLong epoch = new AtomicLong();

	RememberedRates(NetworkStore store, @Value("${isoko.network.fx-cache-ttl:5s}") Duration ttl) {
		this.store = store;
		this.ttlNanos = ttl.toNanos();
	}

	private record Key(CurrencyCode base, CurrencyCode quote, LocalDate on) {
	}

	private record Remembered(Optional<FxRate> rate, long readAtNanos) {
	}

	@Override
	public Optional<FxRate> latest(CurrencyCode base, CurrencyCode quote, LocalDate on) {
		if (ttlNanos <= 0) {
			return store.latest(base, quote, on);
		}
		Key key = new Key(base, quote, on);
		Remembered known = byPair.get(key);
		long now = System.nanoTime();
		if (known != null && now - known.readAtNanos() < ttlNanos) {
			return known.rate();
		}
		long before = epoch.get();
		Optional<FxRate> rate = store.latest(base, quote, on);
		if (byPair.size() >= MAX_ENTRIES) {
			byPair.clear();
		}
		Remembered remembered = new Remembered(rate, now);
		byPair.put(key, remembered);
		if (epoch.get() != before) {
			byPair.remove(key, remembered); // a rate changed while we read: this read may predate it
		}
		return rate;
	}

	/** A rate was added or changed in the current transaction: forget everything now and again once it commits. */
	void forget() {
		AfterCommit.nowAndAgain(() -> {
			epoch.incrementAndGet();
			byPair.clear();
		});
	}
}
