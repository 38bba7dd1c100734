package org.isoko.catalog;

import org.isoko.support.PostgresTest;

/**
 * The storefront search benchmark on PostgreSQL, in a fresh database (full-text search
 * through the GIN index).
 */
@PostgresTest
class SearchBenchmarkPostgresTests extends SearchBenchmarkTests {

}
