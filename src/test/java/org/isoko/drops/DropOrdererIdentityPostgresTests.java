package org.isoko.drops;

import org.isoko.support.PostgresTest;

/**
 * The orderer's identity of drop orders (checked before the claim, kept in the batch's
 * transaction) on the real PostgreSQL server.
 */
@PostgresTest
class DropOrdererIdentityPostgresTests extends DropOrdererIdentityIntegrationTests {

}
