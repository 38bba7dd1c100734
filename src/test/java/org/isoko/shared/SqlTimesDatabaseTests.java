package org.isoko.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An instant written through {@link SqlTimes} is found again by a comparison with that
 * same instant, whatever its nanoseconds: what an outbox row "due at now" and a poller
 * asking "due at or before now" rely on when the clock stands still (tests) or two reads
 * share one instant. The database rounds to microseconds; without the cut, an instant
 * with 500 ns or more over the microsecond was stored later than itself.
 */
class SqlTimesDatabaseTests {

	private Connection db;

	@BeforeEach
	void table() throws SQLException {
		db = DriverManager.getConnection("jdbc:h2:mem:sqltimes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
		db.createStatement().execute("CREATE TABLE due (at TIMESTAMP WITH TIME ZONE NOT NULL)");
	}

	@AfterEach
	void close() throws SQLException {
		db.createStatement().execute("DROP TABLE due");
		db.close();
	}

	@Test
	void anInstantRoundedUpByTheDatabaseIsStillAtOrBeforeItself() throws SQLException {
		// The instant a test context's clock stood at when the customs outbox stalled.
		assertThat(writtenAndFoundAtOrBefore(Instant.parse("2026-12-07T06:47:13.286426913Z"))).isTrue();
	}

	@Test
	void anyNanosecondsRoundTrip() throws SQLException {
		long seed = new Random().nextLong();
		Random random = new Random(seed);
		Instant base = Instant.parse("2026-12-07T00:00:00Z");
		for (int i = 0; i < 200; i++) {
			Instant at = base.plusSeconds(random.nextInt(86_400)).plusNanos(random.nextInt(1_000_000_000));
			assertThat(writtenAndFoundAtOrBefore(at)).as("%s (seed %d)", at, seed).isTrue();
			assertThat(readBack(at)).as("%s read back (seed %d)", at, seed).isEqualTo(SqlTimes.utc(at).toInstant());
		}
	}

	private boolean writtenAndFoundAtOrBefore(Instant at) throws SQLException {
		db.createStatement().execute("DELETE FROM due");
		try (PreparedStatement insert = db.prepareStatement("INSERT INTO due (at) VALUES (?)")) {
			insert.setObject(1, SqlTimes.utc(at));
			insert.executeUpdate();
		}
		try (PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM due WHERE at <= ?")) {
			select.setObject(1, SqlTimes.utc(at));
			try (ResultSet rs = select.executeQuery()) {
				rs.next();
				return rs.getLong(1) == 1;
			}
		}
	}

	private Instant readBack(Instant at) throws SQLException {
		try (PreparedStatement select = db.prepareStatement("SELECT at FROM due")) {
			try (ResultSet rs = select.executeQuery()) {
				rs.next();
				return SqlTimes.instant(rs, "at");
			}
		}
	}

}
