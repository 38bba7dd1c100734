package org.isoko.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring test against the real PostgreSQL server (127.0.0.1:5432 by default, see
 * {@link PostgresDatabaseInitializer}) in a database of its own, created for the test
 * context and dropped when the context closes.
 * <p>
 * The usual way to use it is to subclass an H2 integration test, so that the same
 * assertions run on both engines: <pre>
 * &#64;PostgresTest
 * class NetworkApiPostgresTests extends NetworkApiIntegrationTests {}
 * </pre> Such tests carry the tag {@code postgres}: {@code ./mvnw verify} leaves them
 * out, {@code ./mvnw verify -Ppostgres-tests} (run by {@code .ci/run}) runs only them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
// Every cached test context keeps its own pool on the one server (max_connections 100):
// keep each pool small and let
// idle connections go, so that many test classes can run in one JVM.
@TestPropertySource(properties = { "isoko.demo-data.enabled=true", "spring.datasource.hikari.maximum-pool-size=5",
		"spring.datasource.hikari.minimum-idle=0", "spring.datasource.hikari.idle-timeout=10000" })
public @interface PostgresTest {

}
