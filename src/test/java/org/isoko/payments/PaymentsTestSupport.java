package org.isoko.payments;

import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lookups the payment tests share. */
final class PaymentsTestSupport {

	private PaymentsTestSupport() {
	}

	static OrganisationId organisationOf(JdbcClient jdbc, String email) {
		return new OrganisationId(jdbc.sql("SELECT organisation_id FROM identity_user WHERE email = :email").param("email", email)
				.query(UUID.class).single());
	}

	static long postings(JdbcClient jdbc, String correlation) {
		return jdbc.sql("SELECT COUNT(*) FROM payments_posting WHERE correlation_id = :c").param("c", correlation).query(Long.class).single();
	}

	static long audited(JdbcClient jdbc, String action) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = :a").param("a", action).query(Long.class).single();
	}

	static UUID referenceOf(JdbcClient jdbc, UUID payment) {
		return jdbc.sql("SELECT reference_id FROM payments_payment WHERE id = :id").param("id", payment).query(UUID.class).single();
	}

	/** Makes every open payment and payout due for polling now (instead of waiting for the back-off). */
	static void makeDue(JdbcClient jdbc) {
		jdbc.sql("UPDATE payments_payment SET next_poll_at = next_poll_at - INTERVAL '1' DAY").update();
		jdbc.sql("UPDATE payments_payout SET next_poll_at = next_poll_at - INTERVAL '1' DAY").update();
	}
}
