package org.isoko.catalog;

import org.isoko.support.PostgresTest;

/**
 * The same orders on the real PostgreSQL server: index-ordered branches and the
 * GIN-indexed word search.
 */
@PostgresTest
class SearchOrderPostgresTests extends SearchOrderIntegrationTests {

}
