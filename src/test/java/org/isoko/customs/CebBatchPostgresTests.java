package org.isoko.customs;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The batch contract on the real PostgreSQL server (the outbox's and the receipts' JDBC
 * batches and their counts); the postgres profile turns the simulators off, so the test
 * turns China's customs simulator on.
 */
@PostgresTest
@TestPropertySource(properties = "isoko.customs.simulator.enabled=true")
class CebBatchPostgresTests extends CebBatchIntegrationTests {

}
