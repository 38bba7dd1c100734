package org.isoko.network;

import org.isoko.support.PostgresTest;

/** The same API tests on the real PostgreSQL server. */
@PostgresTest
class NetworkApiPostgresTests extends NetworkApiIntegrationTests {

}
