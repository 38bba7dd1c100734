package org.isoko.support;

import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates a fresh PostgreSQL database for each test application context, points the
 * context at it and drops it when the context closes. The server is taken from
 * {@code ISOKO_TEST_PG_HOST} / {@code ISOKO_TEST_PG_PORT} / {@code ISOKO_TEST_PG_USER}
 * (defaults 127.0.0.1, 5432, postgres, trust authentication as on our machines). An
 * unreachable server fails the test with a message saying how to start it; it is never
 * skipped. Databases that a killed test JVM could not drop are dropped by the next run
 * (see {@link PostgresTestDatabases}).
 */
public class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String HOST = env("ISOKO_TEST_PG_HOST", "127.0.0.1");
	static final String PORT = env("ISOKO_TEST_PG_PORT", "5432");
	static final String USER = env("ISOKO_TEST_PG_USER", "postgres");
	static final String PASSWORD = env("ISOKO_TEST_PG_PASSWORD", "");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String database = PostgresTestDatabases.create();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("isoko-postgres-test", Map.of("spring.datasource.url", url(database),
					"spring.datasource.username", USER, "spring.datasource.password", PASSWORD)));
		// Registered before the context has any bean, so destroyed after all of them, the
		// connection pool included. A
		// JVM shutdown hook of its own would race the context's close: beans still
		// closing would then wait for
		// connections to a dropped database until the pool's 30 s timeout, and surefire
		// would kill the fork.
		((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("isokoPostgresTestDatabase",
				() -> PostgresTestDatabases.drop(database));
	}

	/**
	 * Creates an empty database for an application the caller starts and closes itself;
	 * it is dropped when the test JVM exits, by then after the caller closed its
	 * application.
	 */
	public static String createDatabase() {
		String database = PostgresTestDatabases.create();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				PostgresTestDatabases.drop(database);
			}
			catch (RuntimeException e) {
				// The server may be gone at JVM exit; the next run drops the database
				// (its lock goes with this JVM).
			}
		}, "drop " + database));
		return database;
	}

	public static String url(String database) {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
