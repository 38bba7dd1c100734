package org.isoko.ordering.placement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.UserId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Idempotency-Key records per user and operation. A claim is a plain INSERT inside the
 * transaction that does the work: the primary key decides which of two racing requests
 * with the same key proceeds (the other one waits for it, then fails with a duplicate key
 * and answers with the winner's result). A request that fails rolls its claim back, so it
 * may be retried with the same key.
 */
@Repository
public class IdempotencyRecords {

	public static final String HEADER = "Idempotency-Key";

	private final JdbcClient jdbc;

	IdempotencyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Claim(String requestHash, OrderId order) {
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the key was claimed
	 * before (or is being claimed now)
	 */
	public void claim(UserId user, String operation, String key, String requestHash, OrderId order, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO ordering_idempotency (user_id, operation, idempotency_key, request_hash, order_id, created_at)
						VALUES (:user, :operation, :key, :hash, :order, :now)""")
			.param("user", user.value())
			.param("operation", operation)
			.param("key", key)
			.param("hash", requestHash)
			.param("order", order.value())
			.param("now", SqlTimes.utc(now))
			.update();
	}

	public Optional<Claim> find(UserId user, String operation, String key) {
		return jdbc.sql(
				"SELECT request_hash, order_id FROM ordering_idempotency WHERE user_id = :user AND operation = :operation AND idempotency_key = :key")
			.param("user", user.value())
			.param("operation", operation)
			.param("key", key)
			.query((rs, row) -> new Claim(rs.getString("request_hash"),
					new OrderId(rs.getObject("order_id", UUID.class))))
			.optional();
	}

	/** The header's value, checked: required, 1 to 200 visible characters. */
	public static String requireKey(@Nullable String key) {
		if (key == null || key.isBlank()) {
			throw new InvalidInput(HEADER,
					"The " + HEADER + " header is required: send a unique value (e.g. a UUID) per new request, "
							+ "and the same value when you retry it");
		}
		String trimmed = key.trim();
		if (trimmed.length() > 200 || !trimmed.chars().allMatch(c -> c > 32 && c < 127)) {
			throw new InvalidInput(HEADER, "The " + HEADER + " header must be 1 to 200 visible ASCII characters");
		}
		return trimmed;
	}

	public static String hash(String canonicalRequest) {
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
