package org.isoko.ordering;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Who made a change to an order: a user, or the system (reservation expiry) with no user
 * id.
 */
public record Actor(@Nullable UserId id, String name) {

	static final Actor SYSTEM = new Actor(null, "Isoko (system)");

	public static Actor of(CurrentUser user) {
		return new Actor(user.id(), user.displayName() + " (" + user.organisationName() + ")");
	}
}
