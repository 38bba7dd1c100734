package org.isoko.payments;

import org.isoko.support.PostgresTest;

/** Freight paid at departure, on the real PostgreSQL server. */
@PostgresTest
class DepartureFreightPostgresTests extends DepartureFreightIntegrationTests {

}
