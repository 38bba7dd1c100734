package org.isoko.customs;

import org.isoko.support.PostgresTest;

/**
 * The orderer's identity at checkout, sealed, reused and erased, on the real PostgreSQL
 * server.
 */
@PostgresTest
class OrdererIdentityPostgresTests extends OrdererIdentityIntegrationTests {

}
