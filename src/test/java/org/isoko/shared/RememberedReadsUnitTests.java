package org.isoko.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The "this transaction wrote, do not serve from memory" guard the remembered network and
 * organisations share: set by {@link RememberedReads#written} for the rest of the
 * transaction, its own cache only, cleared when the transaction ends either way.
 */
class RememberedReadsUnitTests {

	final RememberedReads<String, String> reads = new RememberedReads<>(10);

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void aWriteInATransactionForgetsNowAndGuardsItsReadsUntilItCommits() {
		reads.remember("KGL", "Kigali", reads.epoch());
		TransactionSynchronizationManager.initSynchronization();
		RememberedReads<String, String> other = new RememberedReads<>(10);

		reads.written(value -> true);

		assertThat(reads.get("KGL")).isNull();
		assertThat(reads.writtenInThisTransaction()).isTrue();
		assertThat(other.writtenInThisTransaction()).isFalse();
		reads.written(value -> true); // again: one guard
		// Another thread's read that started before the commit is dropped by it.
		reads.remember("KGL", "Kigali (old)", reads.epoch());
		end(TransactionSynchronization.STATUS_COMMITTED);
		assertThat(reads.get("KGL")).isNull();
		assertThat(reads.writtenInThisTransaction()).isFalse();
	}

	@Test
	void aRolledBackWriteClearsTheGuardToo() {
		TransactionSynchronizationManager.initSynchronization();
		reads.written(value -> true);
		end(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(reads.writtenInThisTransaction()).isFalse();
	}

	@Test
	void aWriteOutsideATransactionForgetsAndSetsNoGuard() {
		reads.remember("KGL", "Kigali", reads.epoch());
		reads.remember("HGH", "Hangzhou", reads.epoch());
		reads.written("Kigali"::equals);
		assertThat(reads.get("KGL")).isNull();
		assertThat(reads.get("HGH")).isEqualTo("Hangzhou");
		assertThat(reads.writtenInThisTransaction()).isFalse();
	}

	private static void end(int status) {
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		if (status == TransactionSynchronization.STATUS_COMMITTED) {
			synchronizations.forEach(TransactionSynchronization::afterCommit);
		}
		synchronizations.forEach(s -> s.afterCompletion(status));
	}

}
