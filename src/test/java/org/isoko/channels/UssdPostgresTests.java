package org.isoko.channels;

import org.isoko.support.PostgresTest;

/** The USSD protocol tests on the real PostgreSQL server. */
@PostgresTest
class UssdPostgresTests extends UssdIntegrationTests {

}
