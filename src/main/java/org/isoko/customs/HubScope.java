package org.isoko.customs;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Which hub's rows an operator's list shows: a hub operator's own hub only, an admin's
 * every hub (null); anyone else is refused.
 */
final class HubScope {

	private HubScope() {
	}

	static @Nullable HubCode of(CurrentUser user) {
		if (user.isAdmin()) {
			return null;
		}
		if (!user.has(Role.HUB_OPERATOR)) {
			throw new AccessDeniedException("Only hub operators and admins see customs' lists");
		}
		return user.hub();
	}

}
