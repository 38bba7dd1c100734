package org.isoko.ordering;

import org.isoko.support.PostgresTest;

/** The same tests on the real PostgreSQL server. */
@PostgresTest
class CrossBorderSplitPostgresTests extends CrossBorderSplitIntegrationTests {

}
