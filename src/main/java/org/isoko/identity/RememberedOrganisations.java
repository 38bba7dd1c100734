package org.isoko.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.isoko.shared.RememberedReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisations other modules look up one at a time ({@link OrganisationDirectory}),
 * remembered in this instance's memory: every checkout read its seller's name and its
 * buyer's kind, from rows that change only when a hub operator decides a seller's
 * verification.
 * <p>
 * Freshness, as for the remembered API tokens ({@link AuthenticatedTokens}): every write
 * of {@link Organisations} forgets everything now and again when its transaction commits,
 * and that transaction reads the database from then on (what it reads is its own); a
 * verification decision also raises the credential generation
 * ({@link CredentialChanges}), and every instance forgets everything when its poll sees
 * the generation move, so a decision counts at once here and within about
 * {@code isoko.identity.token-cache-sync} (1 s) elsewhere. While the poll does not
 * succeed nothing is answered from memory. An entry is never older than
 * {@code isoko.identity.organisation-cache-ttl} (5 min); {@code 0} turns it off. Only
 * found organisations are remembered.
 */
@Component
class RememberedOrganisations {

	/** Past this many remembered organisations the cache starts over. */
	static final int MAX_ENTRIES = 100_000;

	private final long ttlNanos;

	private final long trustNanos;

	private final RememberedReads<OrganisationId, Remembered> reads = new RememberedReads<>(MAX_ENTRIES);

	private volatile long generation = -1;

	private volatile long syncedAtNanos;

	private volatile boolean synced;

	RememberedOrganisations(@Value("${isoko.identity.organisation-cache-ttl:5m}") Duration ttl,
			@Value("${isoko.identity.token-cache-sync:1s}") Duration sync) {
		this.ttlNanos = ttl.toNanos();
		this.trustNanos = sync.multipliedBy(AuthenticatedTokens.TRUST_SYNC_FOR).toNanos();
	}

	private record Remembered(OrganisationSummary summary, long readAtNanos) {
	}

	boolean off() {
		return ttlNanos <= 0;
	}

	/** The organisation, from memory when known, else from {@code read}. */
	Optional<OrganisationSummary> find(OrganisationId id, Supplier<Optional<OrganisationSummary>> read) {
		if (off() || !synced || System.nanoTime() - syncedAtNanos >= trustNanos || reads.writtenInThisTransaction()) {
			return read.get();
		}
		Remembered known = reads.get(id);
		long now = System.nanoTime();
		if (known != null && now - known.readAtNanos() < ttlNanos) {
			return Optional.of(known.summary());
		}
		long before = reads.epoch();
		Optional<OrganisationSummary> found = read.get();
		found.ifPresent(summary -> reads.remember(id, new Remembered(summary, now), before));
		return found;
	}

	/**
	 * Organisations are written in the current transaction: everything is forgotten now
	 * and after the commit, and until then this transaction reads the database.
	 */
	void written() {
		reads.written(remembered -> true);
	}

	/**
	 * The credential generation polled from the database: when it moved, some instance
	 * changed an organisation (or a token), and everything remembered is forgotten.
	 */
	void synchronised(long polledGeneration) {
		if (polledGeneration != generation) {
			reads.forget(remembered -> true);
			generation = polledGeneration;
		}
		syncedAtNanos = System.nanoTime();
		synced = true;
	}

}
