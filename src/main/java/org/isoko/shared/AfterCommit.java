package org.isoko.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For in-memory caches of database rows: forgetting what a transaction changes, so that
 * no stale read survives it.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	/**
	 * Runs {@code forget} now and again once the current transaction (if any) commits: a
	 * read by another thread between the change and its commit still sees the old rows
	 * and may remember them; the second run drops those too.
	 */
	public static void nowAndAgain(Runnable forget) {
		forget.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget.run();
				}
			});
		}
	}

}
