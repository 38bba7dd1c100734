package org.isoko.payments;

import org.isoko.support.PostgresTest;

/** Duty and taxes paid to customs on clearance, on the real PostgreSQL server. */
@PostgresTest
class ClearanceTaxPostgresTests extends ClearanceTaxIntegrationTests {

}
