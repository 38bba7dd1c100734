package org.isoko.drops;

import org.isoko.support.PostgresTest;

/** Bad drop schedules on the real PostgreSQL server. */
@PostgresTest
class DropSchedulingPostgresTests extends DropSchedulingIntegrationTests {

}
