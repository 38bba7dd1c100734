package org.isoko.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many buyers at once, inserted straight into the identity tables with an API token each
 * (only the token's SHA-256 is stored, as identity does): hundreds of BCrypt
 * registrations would take minutes, and identity's registration is throttled and offers
 * no service to other modules. Kept as bulk SQL seeding on purpose, for the benchmarks
 * and the tests that race hundreds of buyers; the only fixture that still writes another
 * module's tables (see docs/module-shape.md, "Test fixtures").
 */
public final class BuyerFixtures {

	private BuyerFixtures() {
	}

	/** A buyer and the bearer token secret to call the API with. */
	public record Buyer(UUID userId, String email, String token) {
	}

	public static List<Buyer> buyers(JdbcClient jdbc, int count, String country, String hub) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<Buyer> buyers = new ArrayList<>();
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < count; i++) {
			UUID organisation = UUID.randomUUID();
			UUID user = UUID.randomUUID();
			String email = "racer-" + run + "-" + i + "@example.org";
			jdbc.sql("""
					INSERT INTO identity_organisation (id, name, kind, country_code, hub_code, verification, created_at)
					VALUES (:id, :name, 'CONSUMER', :country, :hub, 'NOT_REQUIRED', :now)""")
				.param("id", organisation)
				.param("name", "Racer " + run + " " + i)
				.param("country", country)
				.param("hub", hub)
				.param("now", now)
				.update();
			jdbc.sql("""
					INSERT INTO identity_user (id, email, display_name, password_hash, organisation_id, created_at)
					VALUES (:id, :email, :name, '{noop}not-used-for-sign-in', :organisation, :now)""")
				.param("id", user)
				.param("email", email)
				.param("name", "Racer " + i)
				.param("organisation", organisation)
				.param("now", now)
				.update();
			jdbc.sql("INSERT INTO identity_user_role (user_id, role) VALUES (:id, 'BUYER')").param("id", user).update();
			String secret = "isk_race_" + UUID.randomUUID().toString().replace("-", "");
			jdbc.sql("""
					INSERT INTO identity_api_token (id, user_id, name, token_hash, token_prefix, created_at)
					VALUES (:id, :user, 'race', :hash, :prefix, :now)""")
				.param("id", UUID.randomUUID())
				.param("user", user)
				.param("hash", sha256(secret))
				.param("prefix", secret.substring(0, 10))
				.param("now", now)
				.update();
			buyers.add(new Buyer(user, email, secret));
		}
		return buyers;
	}

	/**
	 * Another buyer of {@code organisation} with an API token of its own, the secret
	 * returned: "several sessions or tokens" of one organisation, which a drop's
	 * per-buyer cap counts together.
	 */
	public static String colleague(JdbcClient jdbc, UUID organisation) {
		UUID user = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO identity_user (id, email, display_name, password_hash, organisation_id, created_at)
				VALUES (:id, :email, 'Colleague', '{noop}not-used-for-sign-in', :organisation, :now)""")
			.param("id", user)
			.param("email", "colleague-" + user + "@example.org")
			.param("organisation", organisation)
			.param("now", now)
			.update();
		jdbc.sql("INSERT INTO identity_user_role (user_id, role) VALUES (:id, 'BUYER')").param("id", user).update();
		String secret = "isk_colleague_" + UUID.randomUUID().toString().replace("-", "");
		jdbc.sql("""
				INSERT INTO identity_api_token (id, user_id, name, token_hash, token_prefix, created_at)
				VALUES (:id, :user, 'colleague', :hash, :prefix, :now)""")
			.param("id", UUID.randomUUID())
			.param("user", user)
			.param("hash", sha256(secret))
			.param("prefix", secret.substring(0, 10))
			.param("now", now)
			.update();
		return secret;
	}

	/** The organisation a user (by e-mail) belongs to. */
	public static UUID organisationOf(JdbcClient jdbc, String email) {
		return jdbc.sql("SELECT organisation_id FROM identity_user WHERE email = :email")
			.param("email", email)
			.query(UUID.class)
			.single();
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
