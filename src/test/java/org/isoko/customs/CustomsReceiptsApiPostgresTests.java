package org.isoko.customs;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Customs' receipts over HTTP on the real PostgreSQL server, with China's customs
 * simulator on (the postgres profile turns it off).
 */
@PostgresTest
@TestPropertySource(properties = "isoko.customs.simulator.enabled=true")
class CustomsReceiptsApiPostgresTests extends CustomsReceiptsApiIntegrationTests {

}
