package org.isoko.logistics;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The same journey on the real PostgreSQL server; the postgres profile turns the
 * simulators off, and the journey needs China's customs simulator to clear the parcel.
 */
@PostgresTest
@TestPropertySource(properties = "isoko.customs.simulator.enabled=true")
class ParcelJourneyPostgresTests extends ParcelJourneyIntegrationTests {

}
