package org.isoko.customs;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * China's electronic tax bills on the real PostgreSQL server; the postgres profile turns
 * the simulators off, so the test turns China's customs simulator on.
 */
@PostgresTest
@TestPropertySource(properties = "isoko.customs.simulator.enabled=true")
class TaxBillPostgresTests extends TaxBillIntegrationTests {

}
