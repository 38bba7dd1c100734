package org.isoko.payments;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserDirectory;
import org.isoko.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lookups the payment tests share. */
final class PaymentsTestSupport {

	private PaymentsTestSupport() {
	}

	/** A demo user's organisation, through the identity module's API. */
	static OrganisationId organisationOf(UserDirectory users, String email) {
		return users.findByEmail(email).orElseThrow().organisationId();
	}

	/** A demo user, through the identity module's API. */
	static UserId userOf(UserDirectory users, String email) {
		return users.findByEmail(email).orElseThrow().id();
	}

	static long postings(JdbcClient jdbc, String correlation) {
		return jdbc.sql("SELECT COUNT(*) FROM payments_posting WHERE correlation_id = :c")
			.param("c", correlation)
			.query(Long.class)
			.single();
	}

	static long audited(JdbcClient jdbc, String action) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = :a")
			.param("a", action)
			.query(Long.class)
			.single();
	}

	static UUID referenceOf(JdbcClient jdbc, UUID payment) {
		return jdbc.sql("SELECT reference_id FROM payments_payment WHERE id = :id")
			.param("id", payment)
			.query(UUID.class)
			.single();
	}

	/**
	 * Makes every open payment, payout and refund due for polling now (instead of waiting
	 * for the back-off).
	 */
	static void makeDue(JdbcClient jdbc) {
		jdbc.sql("UPDATE payments_payment SET next_poll_at = next_poll_at - INTERVAL '1' DAY").update();
		jdbc.sql("UPDATE payments_payout SET next_poll_at = next_poll_at - INTERVAL '1' DAY").update();
		jdbc.sql("UPDATE payments_refund SET next_poll_at = next_poll_at - INTERVAL '1' DAY").update();
	}

	/**
	 * Waits until every published {@code BuyerRefundDue} has been handled by its
	 * (asynchronous) listener, so that a test looks at the ledger while nothing moves it.
	 * Failed deliveries do not count: they wait for a redelivery.
	 */
	static void awaitRefundListeners(JdbcClient jdbc) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc
				.sql("""
						SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%BuyerRefundDue' AND completion_date IS NULL
						  AND (status IS NULL OR status <> 'FAILED')""")
				.query(Long.class)
				.single() == 0);
	}

}
