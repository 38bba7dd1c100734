package org.isoko.drops;

import org.isoko.support.PostgresTest;

/** The shared gate read on the real PostgreSQL server. */
@PostgresTest
class DropGateReadsPostgresTests extends DropGateReadsIntegrationTests {

}
