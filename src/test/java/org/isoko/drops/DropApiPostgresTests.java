package org.isoko.drops;

import org.isoko.support.PostgresTest;

/** Drops through the API on the real PostgreSQL server. */
@PostgresTest
class DropApiPostgresTests extends DropApiIntegrationTests {

}
