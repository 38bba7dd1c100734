package org.isoko.identity;

import java.time.Instant;
import java.util.Set;

/** A stored user. The password is kept only as a BCrypt hash. */
record UserAccount(UserId id, String email, String displayName, String passwordHash, OrganisationId organisationId,
		String preferredLanguage, boolean enabled, Set<Role> roles, Instant createdAt) {

	UserAccount {
		roles = Set.copyOf(roles);
	}

	UserAccount withRoles(Set<Role> newRoles) {
		return new UserAccount(id, email, displayName, passwordHash, organisationId, preferredLanguage, enabled,
				newRoles, createdAt);
	}
}
