package org.isoko.platform;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The same on PostgreSQL, as the {@code postgres} profile starts on a fresh database
 * (without demo data).
 */
@PostgresTest
@TestPropertySource(properties = "isoko.demo-data.enabled=false")
class EmptyNetworkPostgresTests extends EmptyNetworkIntegrationTests {

}
