package org.isoko.catalog;

import org.isoko.support.PostgresTest;

/**
 * The same storefront tests on the real PostgreSQL server: full-text search through the
 * GIN index.
 */
@PostgresTest
class StorefrontPostgresTests extends StorefrontIntegrationTests {

}
