package org.isoko.drops;

import org.isoko.support.PostgresTest;

/** The rush on the real PostgreSQL server. */
@PostgresTest
class DropRushPostgresTests extends DropRushIntegrationTests {

}
