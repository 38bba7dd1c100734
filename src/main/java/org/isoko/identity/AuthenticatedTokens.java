package org.isoko.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who a bearer token authenticated, remembered for {@code isoko.identity.token-cache-ttl} (default 5 s) in this
 * instance's memory, keyed by the token's SHA-256: under a rush every API call of a client carries the same token, and
 * reading the token, the user, their roles and organisation on every call was most of the cost of a cheap request.
 * <p>
 * What that costs in freshness, and how it is bounded: a token revoked, a role changed or an organisation's
 * verification decided <b>in this instance</b> counts at once (the entries are dropped when that transaction commits);
 * done on another instance, it counts there at once and here within the TTL at most. A token's own expiry is checked
 * on every call. {@code token-cache-ttl=0} turns the cache off.
 */
@Component
class AuthenticatedTokens {

	/** An entry is never kept beyond this many; past it the cache starts over (it refills with one read per token). */
	static final int MAX_ENTRIES = 100_000;

	private final Clock clock;
	private final Duration ttl;
	private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

	AuthenticatedTokens(Clock clock, @Value("${isoko.identity.token-cache-ttl:5s}") Duration ttl) {
		this.clock = clock;
		this.ttl = ttl;
	}

	/** What an authenticated token stands for, as read at {@code loadedAt}. */
	record Entry(UUID tokenId, @Nullable Instant tokenExpiresAt, UserAccount user, CurrentUser current, Instant loadedAt) {
	}

	Duration ttl() {
		return ttl;
	}

	/** The remembered entry, if it is younger than the TTL and its token has not expired meanwhile. */
	Optional<Entry> find(String tokenHash) {
		if (ttl.isZero()) {
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
			byHash.remove(tokenHash, entry);
			return Optional.empty();
		}
		return Optional.of(entry);
	}

	void remember(String tokenHash, Entry entry) {
		if (ttl.isZero()) {
			return;
		}
		if (byHash.size() >= MAX_ENTRIES) {
			byHash.clear();
		}
		byHash.put(tokenHash, entry);
	}

	/** Forgets one token, now and again when the current transaction commits (a read in between cannot bring it back). */
	void forgetToken(UUID tokenId) {
		afterCommit(() -> byHash.values().removeIf(e -> e.tokenId().equals(tokenId)));
	}

	/** Forgets every token (roles or an organisation changed), now and again when the current transaction commits. */
	void forgetAll() {
		afterCommit(byHash::clear);
	}

	private static void afterCommit(Runnable forget) {
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
