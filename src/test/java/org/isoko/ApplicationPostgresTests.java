package org.isoko;

import org.isoko.support.PostgresTest;

/** The same start-up and migrations, on the real PostgreSQL server. */
@PostgresTest
class ApplicationPostgresTests extends ApplicationIntegrationTests {

}
