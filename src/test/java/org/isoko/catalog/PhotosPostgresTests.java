package org.isoko.catalog;

import org.isoko.support.PostgresTest;

/** The photo tests on the real PostgreSQL server (bytes in a BYTEA column). */
@PostgresTest
class PhotosPostgresTests extends PhotosIntegrationTests {

}
