package org.isoko.ordering;

import org.isoko.support.PostgresTest;

/** The same race on the real PostgreSQL server. */
@PostgresTest
class OversellPostgresTests extends OversellIntegrationTests {

}
