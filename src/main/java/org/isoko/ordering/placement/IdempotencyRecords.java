package org.isoko.ordering.placement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.UserId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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

	private final NamedParameterJdbcTemplate batch;

	IdempotencyRecords(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
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

	/** A key to claim in {@link #claimAll}. */
	public record NewClaim(UserId user, String operation, String key, String requestHash, OrderId order) {
	}

	/**
	 * Claims many keys in one JDBC batch ({@code INSERT … ON CONFLICT DO NOTHING}), in
	 * (user, key) order so that two batches claiming the same keys cannot deadlock. A key
	 * claimed before (or being claimed by a transaction that then commits) is not taken.
	 * @return per claim, in the order given: whether this transaction took the key
	 */
	public boolean[] claimAll(List<NewClaim> claims, Instant now) {
		Integer[] order = new Integer[claims.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.<Integer, UUID>comparing(i -> claims.get(i).user().value())
			.thenComparing(i -> claims.get(i).key()));
		SqlParameterSource[] rows = Arrays.stream(order).map(i -> {
			NewClaim c = claims.get(i);
			return new MapSqlParameterSource().addValue("user", c.user().value())
				.addValue("operation", c.operation())
				.addValue("key", c.key())
				.addValue("hash", c.requestHash())
				.addValue("order", c.order().value())
				.addValue("now", SqlTimes.utc(now));
		}).toArray(SqlParameterSource[]::new);
		int[] inserted = batch.batchUpdate(
				"""
						INSERT INTO ordering_idempotency (user_id, operation, idempotency_key, request_hash, order_id, created_at)
						VALUES (:user, :operation, :key, :hash, :order, :now) ON CONFLICT DO NOTHING""",
				rows);
		boolean[] taken = new boolean[claims.size()];
		for (int k = 0; k < order.length; k++) {
			taken[order[k]] = inserted[k] == 1;
		}
		return taken;
	}

	/** Gives back keys claimed earlier in the current transaction for work not done. */
	public void release(List<NewClaim> claims) {
		if (claims.isEmpty()) {
			return;
		}
		batch.batchUpdate(
				"DELETE FROM ordering_idempotency WHERE user_id = :user AND operation = :operation AND idempotency_key = :key",
				claims.stream()
					.map(c -> new MapSqlParameterSource().addValue("user", c.user().value())
						.addValue("operation", c.operation())
						.addValue("key", c.key()))
					.toArray(SqlParameterSource[]::new));
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
