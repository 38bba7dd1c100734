package org.isoko.channels;

import org.isoko.support.PostgresTest;

/** The SMS tests on the real PostgreSQL server. */
@PostgresTest
class SmsPostgresTests extends SmsIntegrationTests {

}
