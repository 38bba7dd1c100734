package org.isoko.customs;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The messages given up on, per hub, on the real PostgreSQL server; the postgres profile
 * turns the simulators off, so the test turns China's customs simulator on.
 */
@PostgresTest
@TestPropertySource(properties = "isoko.customs.simulator.enabled=true")
class StuckDeclarationsPostgresTests extends StuckDeclarationsIntegrationTests {

}
