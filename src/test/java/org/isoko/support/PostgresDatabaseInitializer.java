package org.isoko.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates a fresh PostgreSQL database for each test application context and points the context at it. The server
 * is taken from {@code ISOKO_TEST_PG_HOST} / {@code ISOKO_TEST_PG_PORT} / {@code ISOKO_TEST_PG_USER} (defaults
 * 127.0.0.1, 5432, postgres, trust authentication as on our machines). An unreachable server fails the test with a
 * message saying how to start it; it is never skipped.
 */
public class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String HOST = env("ISOKO_TEST_PG_HOST", "127.0.0.1");
	static final String PORT = env("ISOKO_TEST_PG_PORT", "5432");
	static final String USER = env("ISOKO_TEST_PG_USER", "postgres");
	static final String PASSWORD = env("ISOKO_TEST_PG_PASSWORD", "");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String database = createDatabase();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("isoko-postgres-test", Map.of(
				"spring.datasource.url", url(database),
				"spring.datasource.username", USER,
				"spring.datasource.password", PASSWORD)));
	}

	/** Creates an empty database and arranges for it to be dropped when the test JVM exits. */
	public static String createDatabase() {
		String database = "isoko_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("CREATE DATABASE " + database);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
			catch (RuntimeException ignored) {
				// The server may already be gone at JVM exit; a leftover test database is harmless.
			}
		}));
		return database;
	}

	public static String url(String database) {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " is needed for this test and did not answer ("
					+ e.getMessage() + "). Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
