package org.isoko.identity;

import java.util.Optional;

/**
 * Users as other modules may act for them without a sign-in: demo data and fixtures that
 * do what a signed-in user would do, through the same module APIs. Only enabled users are
 * found.
 */
public interface UserDirectory {

	/** The user with this e-mail address (case ignored), as if they had signed in. */
	Optional<CurrentUser> findByEmail(String email);

	/**
	 * The first-registered user of an organisation who has this role, as if they had
	 * signed in.
	 */
	Optional<CurrentUser> firstWithRole(OrganisationId organisation, Role role);

}
