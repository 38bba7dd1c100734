package org.isoko.logistics;

import org.isoko.support.PostgresTest;

/** The same tests on the real PostgreSQL server. */
@PostgresTest
class LabelsPostgresTests extends LabelsIntegrationTests {

}
