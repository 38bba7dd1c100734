package org.isoko.identity;

import java.util.Set;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;

/**
 * The signed-in user as other modules see them, whether they came with a web session or
 * an API token. Web and API controllers of any module can declare a {@code CurrentUser}
 * parameter; it is resolved from the security context (and the request is refused with
 * 401 when nobody is signed in).
 *
 * @param organisationVerified whether the user's organisation has been verified by its
 * hub (sellers need this to sell)
 */
public record CurrentUser(UserId id, String email, String displayName, OrganisationId organisationId,
		String organisationName, CountryCode country, HubCode hub, Set<Role> roles, boolean organisationVerified) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return roles.contains(Role.ADMIN);
	}

	/** Hub operators act for their own hub; admins for every hub. */
	public boolean operates(HubCode hubCode) {
		return isAdmin() || has(Role.HUB_OPERATOR) && hub.equals(hubCode);
	}

	/**
	 * True when the data of {@code owner} is this user's own (or the user is an admin).
	 */
	public boolean belongsTo(OrganisationId owner) {
		return isAdmin() || organisationId.equals(owner);
	}
}
