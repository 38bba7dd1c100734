package org.isoko.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * JDBC conversions of time values that behave the same on PostgreSQL and H2 (instants
 * travel as UTC OffsetDateTime, cut to the microseconds both keep).
 */
public final class SqlTimes {

	private SqlTimes() {
	}

	/**
	 * The instant as the database keeps it. Both databases keep microseconds and round a
	 * finer value to them, so an instant with 500 or more nanoseconds over the
	 * microsecond would be stored later than itself: a row written "due at now" would not
	 * be found by "due at or before now" with that same now (as under a test clock that
	 * stands still), and waited forever. Cut here, every value written and every value
	 * compared with is the same microsecond.
	 */
	public static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	public static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
