package org.isoko.payments;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Paying real orders end to end on PostgreSQL (simulators enabled explicitly: the
 * postgres profile turns them off).
 */
@PostgresTest
@TestPropertySource(properties = "isoko.payments.simulators.enabled=true")
class OrderPaymentFlowPostgresTests extends OrderPaymentFlowIntegrationTests {

}
