package org.isoko.network;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.RememberedReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The stored FX rates as the converter reads them, remembered for
 * {@code isoko.network.fx-cache-ttl} (5 s) per pair and day: a landed-cost quote converts
 * several amounts, each through up to four look-ups (direct, inverse, both legs of a
 * cross via USD), and pricing a thousand lots at once (a storefront page, many drops
 * opening together) read the same few rates thousands of times. A rate added or changed
 * on this instance counts at once (everything remembered is forgotten when that
 * transaction commits); on other instances within the TTL. {@code fx-cache-ttl=0} turns
 * it off.
 */
@Component
class RememberedRates implements StoredRates {

	/** Past this many remembered look-ups the cache starts over. */
	static final int MAX_ENTRIES = 10_000;

	private final NetworkStore store;

	private final long ttlNanos;

	private final RememberedReads<Key, Remembered> byPair = new RememberedReads<>(MAX_ENTRIES);

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
		long before = byPair.epoch();
		Optional<FxRate> rate = store.latest(base, quote, on);
		byPair.remember(key, new Remembered(rate, now), before);
		return rate;
	}

	/**
	 * A rate was added or changed in the current transaction: forget everything now and
	 * again once it commits.
	 */
	void forget() {
		byPair.forgetNowAndAfterCommit(remembered -> true);
	}

}
