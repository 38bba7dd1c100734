package org.isoko.logistics;

import org.isoko.support.PostgresTest;

/** Duplicated and reordered carrier events on the real PostgreSQL server. */
@PostgresTest
class CarrierWebhookPostgresTests extends CarrierWebhookIntegrationTests {

}
