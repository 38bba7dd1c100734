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

	static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

	private final Organisations organisations;

	private final UserAccounts users;

	private final HubDirectory hubs;

	private final PasswordEncoder encoder;

	private final PasswordPolicy passwords;

	private final RegistrationThrottle throttle;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Registration(Organisations organisations, UserAccounts users, HubDirectory hubs, PasswordEncoder encoder,
			PasswordPolicy passwords, RegistrationThrottle throttle, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.organisations = organisations;
		this.users = users;
		this.hubs = hubs;
		this.encoder = encoder;
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a person fills in to register; validated here, whatever the channel (form or
	 * API). The phone number is as typed, read in the form of {@code country}. Sellers
	 * may leave the e-mail out: their phone number is then their login.
	 */
	record Application(OrganisationKind kind, @Nullable String organisationName, String displayName,
			@Nullable String email, String password, CountryCode country, @Nullable String phone, String language) {
	}

	record Registered(UserAccount user, Organisation organisation) {
	}

	@Transactional
	Registered register(Application application) {
		if (!OrganisationKind.SELF_REGISTERED.contains(application.kind())) {
			throw new InvalidInput("kind", "Only buyers, importers and selling organisations can register themselves");
		}
		Msisdn phone = isBlank(application.phone()) ? null
				: PhoneNumbers.parse(application.phone(), application.country(), "phone");
		if (application.kind().sells() && phone == null) {
			throw new InvalidInput("phone", "Sellers need a mobile-money phone number for their payouts");
		}
		String login = login(application, phone);
		// Counted before anything that tells whether the login has an account.
		String address = AuditLog.remoteAddress();
		throttle.attempt(UserAccounts.normalise(login), address == null ? "unknown" : address);
		passwords.check(application.password(), new PasswordPolicy.Owner(application.email(),
				phone == null ? null : phone.value(), application.displayName()));
		if (users.existsByEmail(login)) {
			throw new Conflict("An account with the " + (isBlank(application.email()) ? "phone number " : "e-mail ")
					+ UserAccounts.normalise(login) + " already exists");
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
		Organisation organisation = Organisation.register(name, application.kind(), application.country(), hub, phone,
				now);
		organisations.insert(organisation);
		UserAccount user = new UserAccount(new UserId(UUID.randomUUID()), UserAccounts.normalise(login),
				application.displayName().trim(), encoder.encode(application.password()), organisation.id(),
				application.language(), true, rolesFor(application.kind()), now);
		users.insert(user);
		audit.recordFor(user, AuditActions.ORGANISATION_REGISTERED, organisation.name(),
				"kind=" + organisation.kind() + ", hub=" + hub);
		events.publishEvent(new OrganisationRegistered(organisation.id(), organisation.kind(), hub));
		return new Registered(user, organisation);
	}

	/**
	 * The name the person signs in with: their e-mail, or for a seller without one their
	 * phone number in international form ({@code +250788123457}).
	 */
	private static String login(Application application, @Nullable Msisdn phone) {
		if (!isBlank(application.email())) {
			return application.email().trim();
		}
		if (application.kind().sells() && phone != null) {
			return phone.international();
		}
		throw new InvalidInput("email", "Give your e-mail address (only sellers can register with a phone number)");
	}

	static Set<Role> rolesFor(OrganisationKind kind) {
		return kind.sells() ? EnumSet.of(Role.SELLER) : EnumSet.of(Role.BUYER);
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
