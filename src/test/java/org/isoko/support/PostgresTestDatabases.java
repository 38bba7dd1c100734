package org.isoko.support;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The databases this test JVM creates on the PostgreSQL server that every test run on the
 * machine shares, and the clean-up of those that a killed JVM left behind.
 * <p>
 * Each database is named {@value #PREFIX} and eight hex digits, a number on which this
 * JVM holds a session advisory lock for as long as the database is in use, on one
 * connection to the maintenance database. The server releases the lock when that
 * connection ends, however the JVM ends (normal exit, Ctrl-C, surefire killing a fork
 * that would not exit). So a database whose lock another session can take has no owner
 * left: the first database created by the next test JVM drops every such one, and never
 * one that a test JVM still running uses, which databases named by age or by open
 * connections could not promise. Leftovers are thus bounded by what the last killed runs
 * had open.
 */
final class PostgresTestDatabases {

	static final String PREFIX = "isoko_pgtest_";

	/**
	 * First key of the two-number advisory locks, so that they meet no other locks taken
	 * with a single number.
	 */
	static final int LOCK_SPACE = 0x150C0;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Holds the locks of the databases this JVM owns; closed only by the JVM's exit. */
	private static Connection owner;

	private static final Set<String> owned = new HashSet<>();

	private PostgresTestDatabases() {
	}

	/**
	 * Creates an empty database owned by this JVM, after dropping the databases of test
	 * JVMs that are gone.
	 */
	static synchronized String create() {
		try {
			if (owner == null) {
				owner = connect();
				dropAbandoned();
			}
			while (true) {
				int key = RANDOM.nextInt();
				String database = PREFIX + HexFormat.of().toHexDigits(key);
				if (owned.contains(database) || !tryLock(owner, key)) {
					continue; // a number in use (locks are re-entrant, so this JVM's own
								// would pass): draw again
				}
				try (Statement statement = owner.createStatement()) {
					statement.execute("CREATE DATABASE " + database);
				}
				owned.add(database);
				return database;
			}
		}
		catch (SQLException e) {
			throw unreachable(e);
		}
	}

	/**
	 * Drops one of this JVM's databases (all connections to it are cut) and gives up its
	 * lock.
	 */
	static synchronized void drop(String database) {
		if (!owned.remove(database)) {
			return;
		}
		try (Statement statement = owner.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			unlock(owner, key(database));
		}
		catch (SQLException e) {
			throw unreachable(e);
		}
	}

	/**
	 * Drops the test databases whose JVM is gone (its lock with it); never this JVM's
	 * own.
	 */
	static synchronized void dropAbandoned() throws SQLException {
		if (owner == null) {
			owner = connect();
		}
		List<String> candidates = new ArrayList<>();
		try (PreparedStatement select = owner
			.prepareStatement("SELECT datname FROM pg_database WHERE datname LIKE ?")) {
			select.setString(1, PREFIX.replace("_", "\\_") + "%");
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					candidates.add(rows.getString(1));
				}
			}
		}
		for (String database : candidates) {
			if (!database.matches(PREFIX + "[0-9a-f]{8}") || owned.contains(database)) {
				continue;
			}
			int key = key(database);
			// This session holds only the locks of its own databases, so taking this one
			// proves that no session holds it.
			if (tryLock(owner, key)) {
				try (Statement statement = owner.createStatement()) {
					statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
				}
				finally {
					unlock(owner, key);
				}
			}
		}
	}

	private static int key(String database) {
		return Integer.parseUnsignedInt(database.substring(PREFIX.length()), 16);
	}

	private static boolean tryLock(Connection connection, int key) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
			lock.setInt(1, LOCK_SPACE);
			lock.setInt(2, key);
			try (ResultSet result = lock.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	private static void unlock(Connection connection, int key) throws SQLException {
		try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
			unlock.setInt(1, LOCK_SPACE);
			unlock.setInt(2, key);
			unlock.executeQuery().close();
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(PostgresDatabaseInitializer.url("postgres"),
				PostgresDatabaseInitializer.USER, PostgresDatabaseInitializer.PASSWORD);
	}

	static IllegalStateException unreachable(SQLException e) {
		return new IllegalStateException(
				"PostgreSQL at " + PostgresDatabaseInitializer.HOST + ":" + PostgresDatabaseInitializer.PORT
						+ " is needed for this test and did not answer (" + e.getMessage()
						+ "). Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
				e);
	}

}
