package org.isoko.channels;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/** The SMS tests on the real PostgreSQL server. */
@PostgresTest
// The production profile runs no simulators; these tests read what the SMS simulator got.
@TestPropertySource(properties = "isoko.payments.simulators.enabled=true")
class SmsPostgresTests extends SmsIntegrationTests {

}
