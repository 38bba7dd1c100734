package org.isoko.logistics;

import org.isoko.support.PostgresTest;

/** The same journey on the real PostgreSQL server. */
@PostgresTest
class ParcelJourneyPostgresTests extends ParcelJourneyIntegrationTests {

}
