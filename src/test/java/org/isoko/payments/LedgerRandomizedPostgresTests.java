package org.isoko.payments;

import org.isoko.support.PostgresTest;

/** The same random operation sequences on PostgreSQL, fewer steps. */
@PostgresTest
class LedgerRandomizedPostgresTests extends LedgerRandomizedIntegrationTests {

	@Override
	int steps() {
		return Integer.getInteger("isoko.test.ledger.steps", 600);
	}

}
