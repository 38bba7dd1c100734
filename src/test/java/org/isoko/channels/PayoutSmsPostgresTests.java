package org.isoko.channels;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/** The seller's payout SMS on the real PostgreSQL server. */
@PostgresTest
// The same configuration as OrderPaymentFlowPostgresTests, so that both share one
// application
// context.
@TestPropertySource(properties = "isoko.payments.simulators.enabled=true")
class PayoutSmsPostgresTests extends PayoutSmsIntegrationTests {

}
