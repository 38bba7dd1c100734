package org.isoko.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration of buyers and sellers: one organisation and its first user. A seller
 * organisation starts {@link Verification#PENDING} and is verified by the operator of the
 * hub that serves its country.
 */
@Service
class Registration {

	static final int MIN_PASSWORD_LENGTH = 10;

	private final Organisations organisations;

	private final UserAccounts users;

	private final HubDirectory hubs;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Registration(Organisations organisations, UserAccounts users, HubDirectory hubs, PasswordEncoder encoder,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.users = users;
		this.hubs = hubs;
		this.encoder = encoder;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a person fills in to register; validated here, whatever the channel (form or
	 * API).
	 */
	record Application(OrganisationKind kind, @Nullable String organisationName, String displayName, String email,
			String password, CountryCode country, @Nullable Msisdn phone, String language) {
	}

	record Registered(UserAccount user, Organisation organisation) {
	}

	@Transactional
	Registered register(Application application) {
		if (!OrganisationKind.SELF_REGISTERED.contains(application.kind())) {
			throw new InvalidInput("kind", "Only buyers, importers and selling organisations can register themselves");
		}
		if (application.password().length() < MIN_PASSWORD_LENGTH) {
			throw new InvalidInput("password",
					"The password must have at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		if (application.kind().sells() && application.phone() == null) {
			throw new InvalidInput("phone", "Sellers need a mobile-money phone number for their payouts");
		}
		if (users.existsByEmail(application.email())) {
			throw new Conflict(
					"An account with the e-mail " + UserAccounts.normalise(application.email()) + " already exists");
		}
		HubCode hub = hubs.hubFor(application.country())
			.map(HubDirectory.HubSummary::code)
			.orElseThrow(
					() -> new InvalidInput("country", "Isoko has no hub serving " + application.country() + " yet"));
		String name = application.kind() == OrganisationKind.CONSUMER || isBlank(application.organisationName())
				? application.displayName() : application.organisationName().trim();
		if (application.kind() != OrganisationKind.CONSUMER && isBlank(application.organisationName())) {
			throw new InvalidInput("organisationName", "Name the cooperative, company or group you register for");
		}
		var now = clock.instant();
		Organisation organisation = Organisation.register(name, application.kind(), application.country(), hub,
				application.phone(), now);
		organisations.insert(organisation);
		UserAccount user = new UserAccount(new UserId(UUID.randomUUID()), UserAccounts.normalise(application.email()),
				application.displayName().trim(), encoder.encode(application.password()), organisation.id(),
				application.language(), true, rolesFor(application.kind()), now);
		users.insert(user);
		audit.recordFor(user, AuditActions.ORGANISATION_REGISTERED, organisation.name(),
				"kind=" + organisation.kind() + ", hub=" + hub);
		events.publishEvent(new OrganisationRegistered(organisation.id(), organisation.kind(), hub));
		return new Registered(user, organisation);
	}

	static Set<Role> rolesFor(OrganisationKind kind) {
		return kind.sells() ? EnumSet.of(Role.SELLER) : EnumSet.of(Role.BUYER);
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
