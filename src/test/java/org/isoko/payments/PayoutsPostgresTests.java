package org.isoko.payments;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Payouts, the payout API and the operator reports on PostgreSQL (simulators enabled
 * explicitly).
 */
@PostgresTest
@TestPropertySource(properties = "isoko.payments.simulators.enabled=true")
class PayoutsPostgresTests extends PayoutsIntegrationTests {

}
