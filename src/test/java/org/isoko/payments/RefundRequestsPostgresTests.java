package org.isoko.payments;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The refund API and the seller's refund page on PostgreSQL (simulators enabled
 * explicitly).
 */
@PostgresTest
@TestPropertySource(properties = "isoko.payments.simulators.enabled=true")
class RefundRequestsPostgresTests extends RefundRequestsIntegrationTests {

}
