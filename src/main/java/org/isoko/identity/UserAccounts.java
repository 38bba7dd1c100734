package org.isoko.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored users and their roles. The {@code email} column holds the login: an e-mail
 * address, kept lower-case so that sign-in ignores case, or for a seller who registered
 * without one their phone number ({@code +250788123457}).
 */
@Repository
class UserAccounts {

	private final JdbcClient jdbc;

	private final CredentialChanges credentials;

	UserAccounts(JdbcClient jdbc, CredentialChanges credentials) {
		this.jdbc = jdbc;
		this.credentials = credentials;
	}

	/**
	 * A login as stored: an e-mail in lower case, or a phone number (a seller who
	 * registered without an e-mail) in international form, however it was typed
	 * ({@code 0788 123 457} is read as a Rwandan number, see
	 * {@link PhoneNumbers#DEFAULT_REGION}).
	 */
	static String normalise(String login) {
		String trimmed = login.trim();
		return PhoneNumbers.asLogin(trimmed).orElseGet(() -> trimmed.toLowerCase(Locale.ROOT));
	}

	void insert(UserAccount user) {
		jdbc.sql(
				"""
						INSERT INTO identity_user (id, email, display_name, password_hash, organisation_id, preferred_language, enabled, created_at)
						VALUES (:id, :email, :name, :hash, :org, :lang, :enabled, :createdAt)""")
			.param("id", user.id().value())
			.param("email", normalise(user.email()))
			.param("name", user.displayName())
			.param("hash", user.passwordHash())
			.param("org", user.organisationId().value())
			.param("lang", user.preferredLanguage())
			.param("enabled", user.enabled())
			.param("createdAt", SqlTimes.utc(user.createdAt()))
			.update();
		writeRoles(user.id(), user.roles());
	}

	/**
	 * Changes a user's roles; API tokens read before the change are forgotten (see
	 * {@link AuthenticatedTokens}).
	 */
	void replaceRoles(UserId id, Set<Role> roles) {
		writeRoles(id, roles);
		credentials.anyTokenChanged();
	}

	private void writeRoles(UserId id, Set<Role> roles) {
		jdbc.sql("DELETE FROM identity_user_role WHERE user_id = :id").param("id", id.value()).update();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO identity_user_role (user_id, role) VALUES (:id, :role)")
				.param("id", id.value())
				.param("role", role.name())
				.update();
		}
	}

	Optional<UserAccount> findByEmail(String email) {
		return jdbc.sql("SELECT * FROM identity_user WHERE email = :email")
			.param("email", normalise(email))
			.query(UserAccounts::map)
			.optional()
			.map(this::withRoles);
	}

	void changePassword(UserId id, String passwordHash) {
		jdbc.sql("UPDATE identity_user SET password_hash = :hash WHERE id = :id")
			.param("hash", passwordHash)
			.param("id", id.value())
			.update();
	}

	Optional<UserAccount> findById(UserId id) {
		return jdbc.sql("SELECT * FROM identity_user WHERE id = :id")
			.param("id", id.value())
			.query(UserAccounts::map)
			.optional()
			.map(this::withRoles);
	}

	boolean existsByEmail(String email) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_user WHERE email = :email")
			.param("email", normalise(email))
			.query(Long.class)
			.single() > 0;
	}

	boolean anyWithRole(Role role) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_user_role WHERE role = :role")
			.param("role", role.name())
			.query(Long.class)
			.single() > 0;
	}

	List<UserAccount> findByOrganisation(OrganisationId organisation) {
		return jdbc.sql("SELECT * FROM identity_user WHERE organisation_id = :org ORDER BY email")
			.param("org", organisation.value())
			.query(UserAccounts::map)
			.list()
			.stream()
			.map(this::withRoles)
			.toList();
	}

	PageOf<UserAccount> page(PageRequest page) {
		return page(null, page);
	}

	/**
	 * Users whose e-mail, name or phone login contains {@code query} (any case), or all
	 * when it is null; ordered by e-mail.
	 */
	PageOf<UserAccount> page(@Nullable String query, PageRequest page) {
		String where = query == null ? ""
				: " WHERE LOWER(email) LIKE :pattern ESCAPE '\\' OR LOWER(display_name) LIKE :pattern ESCAPE '\\'";
		var count = jdbc.sql("SELECT COUNT(*) FROM identity_user" + where);
		var select = jdbc.sql("SELECT * FROM identity_user" + where + " ORDER BY email LIMIT :limit OFFSET :offset")
			.param("limit", page.size())
			.param("offset", page.offset());
		if (query != null) {
			String pattern = "%" + likeEscaped(query.toLowerCase(Locale.ROOT)) + "%";
			count = count.param("pattern", pattern);
			select = select.param("pattern", pattern);
		}
		long total = count.query(Long.class).single();
		List<UserAccount> users = select.query(UserAccounts::map).list().stream().map(this::withRoles).toList();
		return PageOf.of(users, page, total);
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * Maps the user row without its roles. The roles are read by a second statement after
	 * the first has finished: querying inside a row mapper would hold two pooled
	 * connections per request outside a transaction, and a burst of requests could then
	 * exhaust the pool.
	 */
	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
				rs.getString("display_name"), rs.getString("password_hash"),
				new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("preferred_language"),
				rs.getBoolean("enabled"), Set.of(), SqlTimes.instant(rs, "created_at"));
	}

	private UserAccount withRoles(UserAccount user) {
		return user.withRoles(roles(user.id()));
	}

	private Set<Role> roles(UserId id) {
		List<String> names = jdbc.sql("SELECT role FROM identity_user_role WHERE user_id = :id")
			.param("id", id.value())
			.query(String.class)
			.list();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		names.forEach(name -> roles.add(Role.valueOf(name)));
		return roles;
	}

}
