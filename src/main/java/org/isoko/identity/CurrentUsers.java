package org.isoko.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.isoko.shared.NotFound;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link CurrentUser} of this request from the security context and fresh
 * organisation data, and that of any enabled user for other modules
 * ({@link UserDirectory}).
 */
@Component
class CurrentUsers implements UserDirectory {

	private final UserAccounts users;

	private final Organisations organisations;

	private final Clock clock;

	CurrentUsers(UserAccounts users, Organisations organisations, Clock clock) {
		this.users = users;
		this.organisations = organisations;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	// No transaction: an API call's user comes from memory, a session's from two plain
	// reads.
	Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof IsokoPrincipal principal)) {
			return Optional.empty();
		}
		if (principal.current() != null) {
			return Optional.of(principal.current()); // an API call: read with its token
														// moments ago
		}
		return users.findById(principal.userId()).filter(UserAccount::enabled).map(this::toCurrentUser);
	}

	CurrentUser require() {
		return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
	}

	@Transactional(readOnly = true)
	UserAccount requireAccount() {
		CurrentUser user = require();
		return users.findById(user.id()).orElseThrow(() -> NotFound.of("User", user.id()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CurrentUser> findByEmail(String email) {
		return users.findByEmail(email).filter(UserAccount::enabled).map(this::toCurrentUser);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CurrentUser> firstWithRole(OrganisationId organisation, Role role) {
		return users.findByOrganisation(organisation)
			.stream()
			.filter(UserAccount::enabled)
			.filter(user -> user.roles().contains(role))
			.min(Comparator.comparing(UserAccount::createdAt))
			.map(this::toCurrentUser);
	}

	CurrentUser toCurrentUser(UserAccount user) {
		Organisation organisation = organisations.findById(user.organisationId())
			.orElseThrow(() -> new IllegalStateException("User " + user.email() + " has no organisation"));
		return new CurrentUser(user.id(), user.email(), user.displayName(), organisation.id(), organisation.name(),
				organisation.country(), organisation.hub(), user.roles(),
				organisation.verification() == Verification.VERIFIED);
	}

}
