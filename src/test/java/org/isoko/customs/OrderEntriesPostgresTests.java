package org.isoko.customs;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The seller's view of the consignment's entries on the real PostgreSQL server; the
 * postgres profile turns the simulators off, so the test turns them on.
 */
@PostgresTest
@TestPropertySource(properties = "isoko.customs.simulator.enabled=true")
class OrderEntriesPostgresTests extends OrderEntriesIntegrationTests {

}
