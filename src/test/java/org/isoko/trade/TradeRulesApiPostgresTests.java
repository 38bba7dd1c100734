package org.isoko.trade;

import org.isoko.support.PostgresTest;

/**
 * Tax, cross-border retail and freight rules through the API on the real PostgreSQL
 * server.
 */
@PostgresTest
class TradeRulesApiPostgresTests extends TradeRulesApiIntegrationTests {

}
