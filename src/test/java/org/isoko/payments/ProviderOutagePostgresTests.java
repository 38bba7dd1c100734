package org.isoko.payments;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/** The provider outage on PostgreSQL (simulators enabled explicitly). */
@PostgresTest
@TestPropertySource(properties = "isoko.payments.simulators.enabled=true")
class ProviderOutagePostgresTests extends ProviderOutageIntegrationTests {

}
