package org.isoko.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production installation has no demo users: the first admin comes from
 * {@code ISOKO_ADMIN_EMAIL} and {@code ISOKO_ADMIN_PASSWORD} (created only while no admin
 * exists; the password can be changed later).
 */
@Component
@Order(25)
class BootstrapAdmin implements ApplicationRunner {

	private static final String ADMIN_NAME = "Administrator";

	private final @Nullable String email;

	private final @Nullable String password;

	private final String country;

	private final String hub;

	private final Organisations organisations;

	private final UserAccounts users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy passwords;

	private final AuditLog audit;

	private final Clock clock;

	BootstrapAdmin(@Value("${isoko.identity.bootstrap-admin.email:${ISOKO_ADMIN_EMAIL:}}") @Nullable String email,
			@Value("${isoko.identity.bootstrap-admin.password:${ISOKO_ADMIN_PASSWORD:}}") @Nullable String password,
			@Value("${isoko.identity.bootstrap-admin.country:RW}") String country,
			@Value("${isoko.identity.bootstrap-admin.hub:KGL}") String hub, Organisations organisations,
			UserAccounts users, PasswordEncoder encoder, PasswordPolicy passwords, AuditLog audit, Clock clock) {
		this.email = email;
		this.password = password;
		this.country = country;
		this.hub = hub;
		this.organisations = organisations;
		this.users = users;
		this.encoder = encoder;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (email == null || email.isBlank() || users.anyWithRole(Role.ADMIN)) {
			return;
		}
		if (password == null || password.length() < Registration.MIN_PASSWORD_LENGTH) {
			throw new IllegalStateException(
					"ISOKO_ADMIN_PASSWORD must have at least " + Registration.MIN_PASSWORD_LENGTH + " characters");
		}
		try {
			passwords.check(password, new PasswordPolicy.Owner(email, null, ADMIN_NAME));
		}
		catch (PasswordPolicy.WeakPassword e) {
			throw new IllegalStateException("ISOKO_ADMIN_PASSWORD is refused: " + e.getMessage());
		}
		var now = clock.instant();
		Organisation platform = organisations.findByName("Isoko Platform").orElseGet(() -> {
			Organisation created = new Organisation(new OrganisationId(UUID.randomUUID()), "Isoko Platform",
					OrganisationKind.PLATFORM, CountryCode.of(country), HubCode.of(hub), null,
					Verification.NOT_REQUIRED, null, null, null, now, 0);
			organisations.insert(created);
			return created;
		});
		UserAccount admin = new UserAccount(new UserId(UUID.randomUUID()), email, ADMIN_NAME, encoder.encode(password),
				platform.id(), "en", true, EnumSet.of(Role.ADMIN), now);
		users.insert(admin);
		audit.recordFor(admin, AuditActions.ADMIN_BOOTSTRAPPED, admin.email(),
				"first admin created from configuration");
	}

}
