package org.isoko.logistics;

import org.isoko.support.PostgresTest;

/**
 * Pickup windows and cut-offs on the hub's clock, stored on the real PostgreSQL server.
 */
@PostgresTest
class HubTimeZoneFormsPostgresTests extends HubTimeZoneFormsIntegrationTests {

}
