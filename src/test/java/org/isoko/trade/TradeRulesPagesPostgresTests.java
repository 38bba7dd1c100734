package org.isoko.trade;

import org.isoko.support.PostgresTest;

/** The operators' trade-rule pages on the real PostgreSQL server. */
@PostgresTest
class TradeRulesPagesPostgresTests extends TradeRulesPagesIntegrationTests {

}
