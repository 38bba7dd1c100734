package org.isoko.payments;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/** Buyer refunds through both providers on PostgreSQL (simulators enabled explicitly). */
@PostgresTest
@TestPropertySource(properties = "isoko.payments.simulators.enabled=true")
class BuyerRefundsPostgresTests extends BuyerRefundsIntegrationTests {

}
