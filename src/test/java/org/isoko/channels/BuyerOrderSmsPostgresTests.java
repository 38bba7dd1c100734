package org.isoko.channels;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/** The buyers' SMS (shipped, arrived) on the real PostgreSQL server. */
@PostgresTest
// The same configuration as SmsPostgresTests, so that both share one application context.
@TestPropertySource(properties = "isoko.payments.simulators.enabled=true")
class BuyerOrderSmsPostgresTests extends BuyerOrderSmsIntegrationTests {

}
