package org.isoko.logistics;

import org.isoko.support.PostgresTest;

/** Racing carrier deliveries on the real PostgreSQL server. */
@PostgresTest
class CarrierEventsConcurrencyPostgresTests extends CarrierEventsConcurrencyIntegrationTests {

}
