package org.isoko.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The clean-up of test databases on the shared server: a database whose test JVM is gone
 * is dropped, one whose JVM still runs (another developer's test run) is not, and neither
 * is this JVM's own.
 */
@Tag("postgres")
class PostgresTestDatabasesPostgresTests {

	@Test
	void dropsTheDatabasesOfGoneTestRunsButNoneInUse() throws Exception {
		String mine = PostgresTestDatabases.create();
		try (Connection runningRun = connect()) {
			String running = createOwnedBy(runningRun);
			String gone;
			try (Connection goneRun = connect()) {
				gone = createOwnedBy(goneRun);
				int pid = single(goneRun, "SELECT pg_backend_pid()");
				goneRun.close(); // what the server sees when a JVM is killed
				awaitBackendGone(pid);
			}

			PostgresTestDatabases.dropAbandoned();

			assertThat(exists(gone)).as(gone).isFalse();
			assertThat(exists(running)).as(running).isTrue();
			assertThat(exists(mine)).as(mine).isTrue();
			execute(runningRun, "DROP DATABASE " + running + " WITH (FORCE)");
		}
		PostgresTestDatabases.drop(mine);
		assertThat(exists(mine)).isFalse();
	}

	@Test
	void dropsAContextsDatabaseOnlyAfterItsBeansAreDestroyed() throws Exception {
		GenericApplicationContext context = new GenericApplicationContext();
		new PostgresDatabaseInitializer().initialize(context);
		String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
		String database = url.substring(url.lastIndexOf('/') + 1);
		// Like Spring Modulith's event publication registry, which reads the database
		// when it is destroyed.
		AtomicBoolean readOnClose = new AtomicBoolean();
		context.registerBean("readsOnClose", AutoCloseable.class, () -> () -> {
			try (Connection connection = DriverManager.getConnection(url, PostgresDatabaseInitializer.USER,
					PostgresDatabaseInitializer.PASSWORD)) {
				readOnClose.set(single(connection, "SELECT 1") == 1);
			}
		});
		context.refresh();
		assertThat(exists(database)).isTrue();

		context.close();

		assertThat(readOnClose).as("the database was still there while the beans were destroyed").isTrue();
		assertThat(exists(database)).isFalse();
	}

	/**
	 * A database created the way another test JVM creates its own: under its lock, held
	 * by {@code run}.
	 */
	private static String createOwnedBy(Connection run) throws SQLException {
		int key = ThreadLocalRandom.current().nextInt();
		try (PreparedStatement lock = run.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
			lock.setInt(1, PostgresTestDatabases.LOCK_SPACE);
			lock.setInt(2, key);
			lock.executeQuery().close();
		}
		String database = PostgresTestDatabases.PREFIX + HexFormat.of().toHexDigits(key);
		execute(run, "CREATE DATABASE " + database);
		return database;
	}

	private static void awaitBackendGone(int pid) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		try (Connection connection = connect()) {
			while (single(connection, "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = " + pid) > 0) {
				assertThat(Instant.now()).as("backend %d still there", pid).isBefore(deadline);
				Thread.sleep(20);
			}
		}
	}

	private static boolean exists(String database) throws SQLException {
		try (Connection connection = connect()) {
			return single(connection, "SELECT COUNT(*) FROM pg_database WHERE datname = '" + database + "'") > 0;
		}
	}

	private static int single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(PostgresDatabaseInitializer.url("postgres"),
				PostgresDatabaseInitializer.USER, PostgresDatabaseInitializer.PASSWORD);
	}

}
