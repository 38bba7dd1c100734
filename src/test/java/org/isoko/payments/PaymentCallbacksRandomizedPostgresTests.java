package org.isoko.payments;

import org.isoko.support.PostgresTest;

/**
 * Shuffled provider reports on PostgreSQL (fewer payments: each report is a round trip).
 */
@PostgresTest
class PaymentCallbacksRandomizedPostgresTests extends PaymentCallbacksRandomizedIntegrationTests {

	@Override
	int payments() {
		return 60;
	}

}
