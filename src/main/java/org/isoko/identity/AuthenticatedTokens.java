package org.isoko.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.isoko.shared.RememberedReads;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who a bearer token authenticated, remembered in this instance's memory, keyed by the
 * token's SHA-256: under a rush every API call of a client carries the same token, and
 * reading the token, the user, their roles and organisation on every call was most of the
 * cost of a cheap request.
 * <p>
 * What that costs in freshness, and how it is bounded: a token revoked, a role changed or
 * an organisation's verification decided <b>in this instance</b> counts at once (the
 * entries are dropped when that transaction commits). Such a change also raises the
 * credential generation in the database in the same transaction
 * ({@link CredentialChanges}); every instance polls it every
 * {@code isoko.identity.token-cache-sync} (1 s) and forgets everything it remembers when
 * it moved, so the change counts on other instances within about that. While the poll
 * does not succeed (the database unreachable), nothing is answered from memory: after
 * {@link #TRUST_SYNC_FOR} sync intervals without one the cache is not trusted. An entry
 * is never older than {@code isoko.identity.token-cache-ttl} (5 min; it also bounds how
 * stale a token's "last used" time gets), and a token's own expiry is checked on every
 * call. {@code token-cache-ttl=0} turns the cache off.
 */
@Component
class AuthenticatedTokens {

	/**
	 * An entry is never kept beyond this many; past it the cache starts over (it refills
	 * with one read per token).
	 */
	static final int MAX_ENTRIES = 100_000;

	/**
	 * How many sync intervals the cache is trusted after the last successful poll of the
	 * credential generation.
	 */
	static final int TRUST_SYNC_FOR = 3;

	private final Clock clock;

	private final Duration ttl;

	private final long trustNanos;

	private final RememberedReads<String, Entry> byHash = new RememberedReads<>(MAX_ENTRIES);

	private volatile long generation = -1;

	private volatile long syncedAtNanos;

	private volatile boolean synced;

	AuthenticatedTokens(Clock clock, @Value("${isoko.identity.token-cache-ttl:5m}") Duration ttl,
			@Value("${isoko.identity.token-cache-sync:1s}") Duration sync) {
		this.clock = clock;
		this.ttl = ttl;
		this.trustNanos = sync.multipliedBy(TRUST_SYNC_FOR).toNanos();
	}

	/** What an authenticated token stands for, as read at {@code loadedAt}. */
	record Entry(UUID tokenId, @Nullable Instant tokenExpiresAt, UserAccount user, CurrentUser current,
			Instant loadedAt) {
	}

	Duration ttl() {
		return ttl;
	}

	/**
	 * The credential generation polled from the database: when it moved since the last
	 * poll, another instance (or this one) changed what some token stands for, and
	 * everything remembered is forgotten.
	 */
	void synchronised(long polledGeneration) {
		if (polledGeneration != generation) {
			byHash.forget(entry -> true);
			generation = polledGeneration;
		}
		syncedAtNanos = System.nanoTime();
		synced = true;
	}

	private boolean trusted() {
		return !ttl.isZero() && synced && System.nanoTime() - syncedAtNanos < trustNanos;
	}

	/**
	 * The remembered entry, if the cache is trusted, the entry younger than the TTL and
	 * its token not expired meanwhile.
	 */
	Optional<Entry> find(String tokenHash) {
		if (!trusted()) {
			return Optional.empty();
		}
		Entry entry = byHash.get(tokenHash);
		if (entry == null) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		boolean fresh = !now.isBefore(entry.loadedAt()) && now.isBefore(entry.loadedAt().plus(ttl));
		boolean tokenValid = entry.tokenExpiresAt() == null || now.isBefore(entry.tokenExpiresAt());
		if (!fresh || !tokenValid) {
			byHash.drop(tokenHash, entry);
			return Optional.empty();
		}
		return Optional.of(entry);
	}

	/**
	 * Taken before reading a token from the database, and given back to
	 * {@link #remember}.
	 */
	long epoch() {
		return byHash.epoch();
	}

	/**
	 * Remembers an entry read since {@code epochBeforeRead}, unless something was
	 * forgotten meanwhile: the read may predate that change.
	 */
	void remember(String tokenHash, Entry entry, long epochBeforeRead) {
		if (trusted()) {
			byHash.remember(tokenHash, entry, epochBeforeRead);
		}
	}

	/**
	 * Forgets one token, now and again when the current transaction commits (a read in
	 * between cannot bring it back).
	 */
	void forgetToken(UUID tokenId) {
		byHash.forgetNowAndAfterCommit(e -> e.tokenId().equals(tokenId));
	}

	/**
	 * Forgets every token (roles or an organisation changed), now and again when the
	 * current transaction commits.
	 */
	void forgetAll() {
		byHash.forgetNowAndAfterCommit(e -> true);
	}

}
