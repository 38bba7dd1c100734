package org.isoko.drops;

import org.isoko.support.PostgresTest;

/** China's cross-border retail limits on drop orders, on the real PostgreSQL server. */
@PostgresTest
class DropCrossBorderPostgresTests extends DropCrossBorderIntegrationTests {

}
