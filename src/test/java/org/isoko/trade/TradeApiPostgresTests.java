package org.isoko.trade;

import org.isoko.support.PostgresTest;

/** The quote and reference-data API on the real PostgreSQL server. */
@PostgresTest
class TradeApiPostgresTests extends TradeApiIntegrationTests {

}
