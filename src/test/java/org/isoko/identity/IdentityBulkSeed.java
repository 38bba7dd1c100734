package org.isoko.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identity's bulk seeding for tests of other modules, by SQL into identity's own tables:
 * buyers with an API token each (only the token's SHA-256 is stored, as {@link ApiTokens}
 * does) and seller organisations without users. Kept as SQL for speed on purpose: a
 * registration hashes a password with BCrypt and is throttled, so thousands of buyers
 * through identity's commands would take minutes. It lives in identity's test package so
 * that identity's tables are written only by identity's code (docs/module-shape.md, "Test
 * fixtures"); {@code support.BuyerFixtures} and the benchmarks call it.
 */
public final class IdentityBulkSeed {

	private IdentityBulkSeed() {
	}

	/** A buyer and the bearer token secret to call the API with. */
	public record Buyer(UUID userId, String email, String token) {
	}

	/**
	 * {@code count} consumers of {@code country} at {@code hub}, each the only buyer of
	 * an organisation of their own, with an API token; the password cannot be used to
	 * sign in.
	 */
	public static List<Buyer> consumers(JdbcClient jdbc, int count, String country, String hub) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<Buyer> buyers = new ArrayList<>();
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < count; i++) {
			UUID organisation = organisation(jdbc, "Racer " + run + " " + i, "CONSUMER", country, hub, "NOT_REQUIRED");
			UUID user = UUID.randomUUID();
			String email = "racer-" + run + "-" + i + "@example.org";
			buyer(jdbc, user, email, "Racer " + i, organisation, now);
			buyers.add(new Buyer(user, email, token(jdbc, user, "race", "isk_race_", now)));
		}
		return buyers;
	}

	/**
	 * Another buyer of {@code organisation} with an API token of its own, the secret
	 * returned: "several sessions or tokens" of one organisation.
	 */
	public static String colleague(JdbcClient jdbc, UUID organisation) {
		UUID user = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		buyer(jdbc, user, "colleague-" + user + "@example.org", "Colleague", organisation, now);
		return token(jdbc, user, "colleague", "isk_colleague_", now);
	}

	/**
	 * A verified cooperative in Rwanda (hub KGL) with no users: a seller for lots seeded
	 * by SQL, which need no one to sign in.
	 */
	public static UUID sellerWithoutUsers(JdbcClient jdbc, String name) {
		return organisation(jdbc, name, "COOPERATIVE", "RW", "KGL", "VERIFIED");
	}

	/** The organisation a user (by e-mail) belongs to. */
	public static UUID organisationOf(JdbcClient jdbc, String email) {
		return jdbc.sql("SELECT organisation_id FROM identity_user WHERE email = :email")
			.param("email", email)
			.query(UUID.class)
			.single();
	}

	/** The organisation's id by its name. */
	public static UUID organisationNamed(JdbcClient jdbc, String name) {
		return jdbc.sql("SELECT id FROM identity_organisation WHERE name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	private static UUID organisation(JdbcClient jdbc, String name, String kind, String country, String hub,
			String verification) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO identity_organisation (id, name, kind, country_code, hub_code, verification, created_at)
				VALUES (:id, :name, :kind, :country, :hub, :verification, :now)""")
			.param("id", id)
			.param("name", name)
			.param("kind", kind)
			.param("country", country)
			.param("hub", hub)
			.param("verification", verification)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return id;
	}

	private static void buyer(JdbcClient jdbc, UUID user, String email, String name, UUID organisation,
			OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO identity_user (id, email, display_name, password_hash, organisation_id, created_at)
				VALUES (:id, :email, :name, '{noop}not-used-for-sign-in', :organisation, :now)""")
			.param("id", user)
			.param("email", email)
			.param("name", name)
			.param("organisation", organisation)
			.param("now", now)
			.update();
		jdbc.sql("INSERT INTO identity_user_role (user_id, role) VALUES (:id, 'BUYER')").param("id", user).update();
	}

	/** A new API token of the user; its secret. */
	private static String token(JdbcClient jdbc, UUID user, String name, String prefix, OffsetDateTime now) {
		String secret = prefix + UUID.randomUUID().toString().replace("-", "");
		jdbc.sql("""
				INSERT INTO identity_api_token (id, user_id, name, token_hash, token_prefix, created_at)
				VALUES (:id, :user, :name, :hash, :prefix, :now)""")
			.param("id", UUID.randomUUID())
			.param("user", user)
			.param("name", name)
			.param("hash", sha256(secret))
			.param("prefix", secret.substring(0, 10))
			.param("now", now)
			.update();
		return secret;
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
