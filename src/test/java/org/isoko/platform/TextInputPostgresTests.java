package org.isoko.platform;

import org.isoko.support.PostgresTest;

/** The same inputs on PostgreSQL, which refused a NUL byte with a server error before. */
@PostgresTest
class TextInputPostgresTests extends TextInputIntegrationTests {

}
