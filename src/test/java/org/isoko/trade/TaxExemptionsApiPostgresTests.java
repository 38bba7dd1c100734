package org.isoko.trade;

import org.isoko.support.PostgresTest;

/** The same tests on the real PostgreSQL server. */
@PostgresTest
class TaxExemptionsApiPostgresTests extends TaxExemptionsApiIntegrationTests {

}
