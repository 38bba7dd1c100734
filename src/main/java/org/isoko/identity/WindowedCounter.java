package org.isoko.identity;

import java.time.Duration;
import java.time.Instant;

import org.isoko.shared.SqlTimes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixed-window counters kept in a table of the database, so that every instance counts
 * the same attempts: a key's count starts at 1 with the first attempt, grows with each
 * attempt within {@code window} of it, and starts again at 1 with the first attempt after
 * the window ended. The table has the columns {@code throttle_key} (primary key),
 * {@code window_start} and the count column named at construction.
 */
final class WindowedCounter {

	/** A key's count within its current window. */
	record Count(int attempts, Instant windowStart) {
	}

	private final JdbcClient jdbc;

	private final String table;

	private final String column;

	private final Duration window;

	/**
	 * @param table and {@code column} are this class's callers' constants, never input
	 */
	WindowedCounter(JdbcClient jdbc, String table, String column, Duration window) {
		this.jdbc = jdbc;
		this.table = table;
		this.column = column;
		this.window = window;
	}

	Duration window() {
		return window;
	}

	/** Adds one attempt for the key at {@code now}; answers the key's count after it. */
	Count add(String key, Instant now) {
		Instant windowStart = now.minus(window);
		// Update first (the common case once a key is known), insert when absent; two
		// instances inserting the same key at once: the loser updates.
		int updated = jdbc.sql("""
				UPDATE %1$s
				SET %2$s = CASE WHEN window_start <= :windowStart THEN 1 ELSE %2$s + 1 END,
				    window_start = CASE WHEN window_start <= :windowStart THEN :now ELSE window_start END
				WHERE throttle_key = :key""".formatted(table, column))
			.param("windowStart", SqlTimes.utc(windowStart))
			.param("now", SqlTimes.utc(now))
			.param("key", key)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("INSERT INTO %s (throttle_key, %s, window_start) VALUES (:key, 1, :now)".formatted(table,
						column))
					.param("key", key)
					.param("now", SqlTimes.utc(now))
					.update();
			}
			catch (DuplicateKeyException raced) {
				return add(key, now);
			}
		}
		return jdbc.sql("SELECT %s, window_start FROM %s WHERE throttle_key = :key".formatted(column, table))
			.param("key", key)
			.query((rs, row) -> new Count(rs.getInt(1), SqlTimes.instant(rs, "window_start")))
			.single();
	}

}
