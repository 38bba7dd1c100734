package org.isoko.platform;

import org.isoko.support.PostgresTest;

/**
 * The same probes, metrics and API document with the application on the real PostgreSQL
 * server.
 */
@PostgresTest
class OperationsPostgresTests extends OperationsIntegrationTests {

}
