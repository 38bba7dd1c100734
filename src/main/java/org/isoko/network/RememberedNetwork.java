package org.isoko.network;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.isoko.shared.RememberedReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Countries and corridors as other modules look them up one at a time, remembered for
 * {@code isoko.network.cache-ttl} (5 s), like {@link RememberedRates}: a checkout reads
 * its corridor and two countries (three statements each) on every order, from tables that
 * change a few times a year. Every write of {@link NetworkStore} forgets everything at
 * once and again when its transaction commits, so a change counts at once on this
 * instance (and what a transaction reads after its own write is never kept); on other
 * instances within the TTL. Only found rows are remembered: a country or corridor added a
 * moment later is never hidden. {@code cache-ttl=0} turns it off.
 * <p>
 * Only read-write transactions use it (placing orders, drops): read-only ones (the
 * storefront, pages) read the database as before. With the storefront's search using it,
 * {@code SearchOrderIntegrationTests} saw page totals disagree within one search; the
 * cause is not found yet, so the search was kept off the cache rather than guessed at.
 */
@Component
class RememberedNetwork {

	/** Past this many remembered look-ups the cache starts over. */
	static final int MAX_ENTRIES = 10_000;

	private final long ttlNanos;

	private final RememberedReads<Object, Remembered> reads = new RememberedReads<>(MAX_ENTRIES);

	RememberedNetwork(@Value("${isoko.network.cache-ttl:5s}") Duration ttl) {
		this.ttlNanos = ttl.toNanos();
	}

	private record Remembered(Object value, long readAtNanos) {
	}

	/** The row under {@code key} (a country code, a corridor id), read when not known. */
	@SuppressWarnings("unchecked")
	<T> Optional<T> find(Object key, Supplier<Optional<T>> read) {
		if (ttlNanos <= 0 || reads.writtenInThisTransaction()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return read.get(); // off, or this transaction changed the network: its reads
								// are its own
		}
		Remembered known = reads.get(key);
		long now = System.nanoTime();
		if (known != null && now - known.readAtNanos() < ttlNanos) {
			return Optional.of((T) known.value());
		}
		long before = reads.epoch();
		Optional<T> found = read.get();
		found.ifPresent(value -> reads.remember(key, new Remembered(value, now), before));
		return found;
	}

	/** Network data changed in the current transaction. */
	void forget() {
		reads.written(remembered -> true);
	}

}
