package org.isoko.catalog;

import org.isoko.support.PostgresTest;

/** The HS code corrections on the real PostgreSQL server. */
@PostgresTest
class ProductReclassificationPostgresTests extends ProductReclassificationIntegrationTests {

}
