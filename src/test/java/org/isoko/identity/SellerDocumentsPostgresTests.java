package org.isoko.identity;

import org.isoko.support.PostgresTest;

/** The same tests on the real PostgreSQL server. */
@PostgresTest
class SellerDocumentsPostgresTests extends SellerDocumentsIntegrationTests {

}
