package org.isoko.logistics;

import org.isoko.support.PostgresTest;

/** Departure and margins on the real PostgreSQL server. */
@PostgresTest
class FreightMarginsPostgresTests extends FreightMarginsIntegrationTests {

}
