package org.isoko.customs;

import org.isoko.support.PostgresTest;

/** The identity key's rotation on the real PostgreSQL server. */
@PostgresTest
class IdentityKeyRotationPostgresTests extends IdentityKeyRotationIntegrationTests {

}
