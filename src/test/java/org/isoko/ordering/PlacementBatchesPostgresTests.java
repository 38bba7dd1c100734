package org.isoko.ordering;

import org.isoko.support.PostgresTest;

/** The same races on the real PostgreSQL server. */
@PostgresTest
class PlacementBatchesPostgresTests extends PlacementBatchesIntegrationTests {

}
