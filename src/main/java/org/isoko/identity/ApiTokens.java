package org.isoko.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.shared.SqlTimes;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for programs. A token is 32 random bytes, shown once; only its SHA-256 is
 * stored, so a leaked database does not leak usable tokens. (SHA-256 rather than BCrypt:
 * the secret has 256 bits of entropy, and the lookup must be fast because it runs on
 * every API call.)
 */
@Service
class ApiTokens {

	static final String PREFIX = "isk_";

	private static final SecureRandom RANDOM = new SecureRandom();

	// Writing "last used" on every call would turn every read into a write; a few minutes
	// of precision is enough.
	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final AuditLog audit;

	private final CredentialChanges credentials;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, UserAccounts users, AuditLog audit, CredentialChanges credentials, Clock clock) {
		this.jdbc = jdbc;
		this.credentials = credentials;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new token and its secret, which exists only in this return value. */
	record IssuedToken(ApiToken token, String secret) {
	}

	@Transactional
	IssuedToken issue(UserAccount user, @Nullable String name, @Nullable Integer expiresInDays) {
		String label = name == null || name.isBlank() ? "API token" : name.trim();
		if (label.length() > 100) {
			throw new InvalidInput("name", "name must be at most 100 characters");
		}
		if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > 366)) {
			throw new InvalidInput("expiresInDays", "expiresInDays must be between 1 and 366");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = clock.instant();
		ApiToken token = new ApiToken(UUID.randomUUID(), user.id(), label, secret.substring(0, PREFIX.length() + 6),
				now, expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays)), null, null);
		jdbc.sql("""
				INSERT INTO identity_api_token (id, user_id, name, token_hash, token_prefix, created_at, expires_at)
				VALUES (:id, :user, :name, :hash, :prefix, :createdAt, :expiresAt)""")
			.param("id", token.id())
			.param("user", user.id().value())
			.param("name", token.name())
			.param("hash", hash(secret))
			.param("prefix", token.prefix())
			.param("createdAt", SqlTimes.utc(now))
			.param("expiresAt", SqlTimes.utc(token.expiresAt()))
			.update();
		audit.recordFor(user, AuditActions.TOKEN_CREATED, token.id().toString(), "name=" + label);
		return new IssuedToken(token, secret);
	}

	/** An active token and its (enabled) user. */
	record TokenOwner(ApiToken token, UserAccount user) {
	}

	/**
	 * The active token with this SHA-256 and its user, if the token exists, is not
	 * revoked and has not expired and the user is enabled. Callers go through
	 * {@link BearerAuthentication}, which remembers the answer for a few seconds.
	 */
	@Transactional
	Optional<TokenOwner> authenticateHash(String tokenHash) {
		Instant now = clock.instant();
		Optional<ApiToken> token = jdbc.sql("SELECT * FROM identity_api_token WHERE token_hash = :hash")
			.param("hash", tokenHash)
			.query(ApiTokens::map)
			.optional()
			.filter(t -> t.isActive(now));
		token.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION)))
			.ifPresent(t -> jdbc.sql("UPDATE identity_api_token SET last_used_at = :now WHERE id = :id")
				.param("now", SqlTimes.utc(now))
				.param("id", t.id())
				.update());
		return token
			.flatMap(t -> users.findById(t.userId()).filter(UserAccount::enabled).map(u -> new TokenOwner(t, u)));
	}

	@Transactional(readOnly = true)
	PageOf<ApiToken> ownedBy(UserId user, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM identity_api_token WHERE user_id = :user")
			.param("user", user.value())
			.query(Long.class)
			.single();
		List<ApiToken> tokens = jdbc
			.sql("""
					SELECT * FROM identity_api_token WHERE user_id = :user ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
			.param("user", user.value())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ApiTokens::map)
			.list();
		return PageOf.of(tokens, page, total);
	}

	/**
	 * Revokes one of the user's own tokens. Someone else's token is reported as not
	 * found, so that token ids cannot be probed. Revoking twice is harmless.
	 */
	@Transactional
	ApiToken revoke(UserAccount user, UUID tokenId) {
		ApiToken token = jdbc.sql("SELECT * FROM identity_api_token WHERE id = :id")
			.param("id", tokenId)
			.query(ApiTokens::map)
			.optional()
			.filter(t -> t.userId().equals(user.id()))
			.orElseThrow(() -> NotFound.of("Token", tokenId));
		if (token.revokedAt() != null) {
			return token;
		}
		Instant now = clock.instant();
		jdbc.sql("UPDATE identity_api_token SET revoked_at = :now WHERE id = :id")
			.param("now", SqlTimes.utc(now))
			.param("id", tokenId)
			.update();
		credentials.tokenRevoked(tokenId);
		audit.recordFor(user, AuditActions.TOKEN_REVOKED, tokenId.toString(), "name=" + token.name());
		return new ApiToken(token.id(), token.userId(), token.name(), token.prefix(), token.createdAt(),
				token.expiresAt(), token.lastUsedAt(), now);
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	private static ApiToken map(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
				rs.getString("name"), rs.getString("token_prefix"), SqlTimes.instant(rs, "created_at"),
				SqlTimes.instant(rs, "expires_at"), SqlTimes.instant(rs, "last_used_at"),
				SqlTimes.instant(rs, "revoked_at"));
	}

}
