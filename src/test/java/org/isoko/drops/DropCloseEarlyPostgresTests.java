package org.isoko.drops;

import org.isoko.support.PostgresTest;

/** Closing drops early on the real PostgreSQL server. */
@PostgresTest
class DropCloseEarlyPostgresTests extends DropCloseEarlyIntegrationTests {

}
