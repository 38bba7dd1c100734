package org.isoko.support;

import java.util.List;
import java.util.UUID;

import org.isoko.identity.IdentityBulkSeed;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many buyers at once, each with an API token, for the benchmarks and the tests that race
 * hundreds of buyers: hundreds of BCrypt registrations would take minutes, and identity's
 * registration is throttled and offers no service to other modules. The rows are written
 * by identity's own test code ({@link IdentityBulkSeed}), not here: a module's tables are
 * written only by that module (see docs/module-shape.md, "Test fixtures").
 */
public final class BuyerFixtures {

	private BuyerFixtures() {
	}

	/** A buyer and the bearer token secret to call the API with. */
	public record Buyer(UUID userId, String email, String token) {
	}

	public static List<Buyer> buyers(JdbcClient jdbc, int count, String country, String hub) {
		return IdentityBulkSeed.consumers(jdbc, count, country, hub)
			.stream()
			.map(b -> new Buyer(b.userId(), b.email(), b.token()))
			.toList();
	}

	/**
	 * Another buyer of {@code organisation} with an API token of its own, the secret
	 * returned: "several sessions or tokens" of one organisation, which a drop's
	 * per-buyer cap counts together.
	 */
	public static String colleague(JdbcClient jdbc, UUID organisation) {
		return IdentityBulkSeed.colleague(jdbc, organisation);
	}

	/** The organisation a user (by e-mail) belongs to. */
	public static UUID organisationOf(JdbcClient jdbc, String email) {
		return IdentityBulkSeed.organisationOf(jdbc, email);
	}

}
