package org.isoko.catalog;

import org.isoko.support.PostgresTest;

/** The seller API tests on the real PostgreSQL server. */
@PostgresTest
class SellerApiPostgresTests extends SellerApiIntegrationTests {

}
