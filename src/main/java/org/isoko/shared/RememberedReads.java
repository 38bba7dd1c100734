package org.isoko.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An in-memory cache of database reads that a change can forget without a stale read
 * slipping back in. A reader takes {@link #epoch()} before it reads the database and
 * hands it to {@link #remember}; every forgetting raises the epoch, so a read that
 * started before a forgetting (and may have seen the old rows) is not kept after it.
 * Combined with {@link AfterCommit#nowAndAgain} by {@link #forgetNowAndAfterCommit}, a
 * change counts on this instance at once. Freshness (a TTL) is the caller's: values carry
 * their own read time. Bounded: past {@code maxEntries} it starts over.
 * <p>
 * A transaction that writes the rows behind the cache says so with {@link #written}:
 * until it ends, {@link #writtenInThisTransaction()} tells its readers to read the
 * database (what it reads after its own write is its own, and must neither be answered
 * from memory nor remembered).
 */
public final class RememberedReads<K, V> {

	private final Map<K, V> entries = new ConcurrentHashMap<>();

	private final AtomicLong epoch = new AtomicLong();

	private final int maxEntries;

	public RememberedReads(int maxEntries) {
		this.maxEntries = maxEntries;
	}

	public @Nullable V get(K key) {
		return entries.get(key);
	}

	/** Taken before reading the database, and given back to {@link #remember}. */
	public long epoch() {
		return epoch.get();
	}

	/**
	 * Remembers a value read since {@code epochBeforeRead}, unless something was
	 * forgotten meanwhile (the read may predate it).
	 */
	public void remember(K key, V value, long epochBeforeRead) {
		if (entries.size() >= maxEntries) {
			entries.clear();
		}
		entries.put(key, value);
		if (epoch.get() != epochBeforeRead) {
			entries.remove(key, value); // a forgetting ran in between: this read may be
										// stale
		}
	}

	/**
	 * Drops one entry that the caller found too old, unless it was replaced meanwhile.
	 */
	public void drop(K key, V value) {
		entries.remove(key, value);
	}

	/**
	 * Forgets the values that match, now (a change seen from outside any transaction of
	 * this instance).
	 */
	public void forget(Predicate<V> which) {
		epoch.incrementAndGet();
		entries.values().removeIf(which);
	}

	/**
	 * Forgets the values that match, now and again once the current transaction commits.
	 */
	public void forgetNowAndAfterCommit(Predicate<V> which) {
		AfterCommit.nowAndAgain(() -> forget(which));
	}

	/**
	 * The current transaction writes the rows behind the matching values: they are
	 * forgotten now and after the commit ({@link #forgetNowAndAfterCommit}), and until
	 * the transaction ends (committed or rolled back) {@link #writtenInThisTransaction()}
	 * is true on its thread. Outside a transaction: forgotten now only.
	 */
	public void written(Predicate<V> which) {
		forgetNowAndAfterCommit(which);
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(this)) {
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RememberedReads.this);
				}
			});
		}
	}

	/**
	 * Whether the current transaction wrote ({@link #written}) the rows behind this
	 * cache: then it reads the database, not this memory.
	 */
	public boolean writtenInThisTransaction() {
		return TransactionSynchronizationManager.hasResource(this);
	}

}
