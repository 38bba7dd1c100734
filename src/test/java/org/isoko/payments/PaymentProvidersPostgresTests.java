package org.isoko.payments;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The provider flows on PostgreSQL; the simulators are enabled explicitly because the
 * postgres profile turns them off.
 */
@PostgresTest
@TestPropertySource(properties = "isoko.payments.simulators.enabled=true")
class PaymentProvidersPostgresTests extends PaymentProvidersIntegrationTests {

}
