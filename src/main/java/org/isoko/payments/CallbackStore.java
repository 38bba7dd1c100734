package org.isoko.payments;

import java.time.Instant;
import java.util.UUID;

import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the callback log ({@code payments_callback}): every provider callback
 * received.
 */
@Repository
class CallbackStore {

	private final JdbcClient jdbc;

	CallbackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Provider provider, String reference, Instant receivedAt, String outcome, @Nullable String detail) {
		jdbc.sql("""
				INSERT INTO payments_callback (id, provider, reference, received_at, outcome, detail)
				VALUES (:id, :provider, :reference, :at, :outcome, :detail)""")
			.param("id", UUID.randomUUID())
			.param("provider", provider.name())
			.param("reference", reference.length() > 100 ? reference.substring(0, 100) : reference)
			.param("at", SqlTimes.utc(receivedAt))
			.param("outcome", outcome)
			.param("detail", detail)
			.update();
	}

}
