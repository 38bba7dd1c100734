package org.isoko.payments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;

import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.SqlTimes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code Idempotency-Key} of money-moving calls. The key is recorded in the same
 * transaction as the work it guards, with a hash of the request and the id of what the
 * work created: a replay gets that id back and does no work; the same key with another
 * request is refused; two concurrent first calls cannot both commit (primary key).
 */
@Component
public class IdempotencyKeys {

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	UUID resolve(String scope, String key, String requestHash, Supplier<UUID> work) {
		requireValid(key);
		var earlier = jdbc.sql(
				"SELECT request_hash, resource_id FROM payments_idempotency WHERE scope = :scope AND idempotency_key = :key")
			.param("scope", scope)
			.param("key", key)
			.query((rs,
					n) -> new String[] { rs.getString("request_hash"),
							rs.getObject("resource_id", UUID.class).toString() })
			.optional();
		if (earlier.isPresent()) {
			if (!earlier.get()[0].equals(requestHash)) {
				throw new Conflict("Idempotency-Key '" + key + "' was already used for a different request");
			}
			return UUID.fromString(earlier.get()[1]);
		}
		UUID created = work.get();
		try {
			jdbc.sql("""
					INSERT INTO payments_idempotency (scope, idempotency_key, request_hash, resource_id, created_at)
					VALUES (:scope, :key, :hash, :resource, :now)""")
				.param("scope", scope)
				.param("key", key)
				.param("hash", requestHash)
				.param("resource", created)
				.param("now", SqlTimes.utc(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict(
					"A request with Idempotency-Key '" + key + "' is being processed; retry it to get its result");
		}
		return created;
	}

	/** Whether a request under this key in this scope was recorded already. */
	boolean recorded(String scope, String key) {
		return jdbc.sql("SELECT COUNT(*) FROM payments_idempotency WHERE scope = :scope AND idempotency_key = :key")
			.param("scope", scope)
			.param("key", key)
			.query(Long.class)
			.single() > 0;
	}

	public static void requireValid(String key) {
		if (key == null || key.isBlank() || key.length() > 120) {
			throw new InvalidInput("Idempotency-Key", "The Idempotency-Key header is required (1 to 120 characters)");
		}
	}

	static String hash(String request) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
