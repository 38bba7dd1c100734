package org.isoko.catalog;

import org.isoko.support.PostgresTest;

/** The same stock race on the real PostgreSQL server. */
@PostgresTest
class CatalogStockPostgresTests extends CatalogStockIntegrationTests {

}
