package org.isoko.logistics;

import org.isoko.support.PostgresTest;

/**
 * A parcel's arrival announced once, racing arrivals included, on the real PostgreSQL
 * server.
 */
@PostgresTest
class ParcelArrivedOncePostgresTests extends ParcelArrivedOnceIntegrationTests {

}
