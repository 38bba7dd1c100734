package org.isoko.trade;

import org.isoko.support.PostgresTest;

/** The quota's conditional updates and ON CONFLICT on the real PostgreSQL server. */
@PostgresTest
class CrossBorderQuotaPostgresTests extends CrossBorderQuotaIntegrationTests {

}
