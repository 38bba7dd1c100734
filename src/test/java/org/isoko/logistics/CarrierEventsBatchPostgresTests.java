package org.isoko.logistics;

import org.isoko.support.PostgresTest;

/** The batched carrier-event ingestion on the real PostgreSQL server. */
@PostgresTest
class CarrierEventsBatchPostgresTests extends CarrierEventsBatchIntegrationTests {

}
