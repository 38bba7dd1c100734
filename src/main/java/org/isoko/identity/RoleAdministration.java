package org.isoko.identity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins grant and take away roles; each change is audited with the roles before and
 * after.
 */
@Service
class RoleAdministration {

	private final UserAccounts users;

	private final AuditLog audit;

	private final Organisations organisations;

	RoleAdministration(UserAccounts users, AuditLog audit, Organisations organisations) {
		this.users = users;
		this.audit = audit;
		this.organisations = organisations;
	}

	@Transactional(readOnly = true)
	PageOf<UserAccount> users(CurrentUser admin, PageRequest page) {
		requireAdmin(admin);
		return users.page(page);
	}

	/** A user as the admin's list shows it: with the organisation they act for. */
	record UserRow(UserAccount user, @Nullable Organisation organisation) {
	}

	/**
	 * Users whose e-mail or name contains {@code query} (all when blank), with their
	 * organisations.
	 */
	@Transactional(readOnly = true)
	PageOf<UserRow> users(CurrentUser admin, @Nullable String query, PageRequest page) {
		requireAdmin(admin);
		PageOf<UserAccount> found = users.page(query == null || query.isBlank() ? null : query.strip(), page);
		Map<OrganisationId, Organisation> organisations = this.organisations
			.findAll(found.items().stream().map(UserAccount::organisationId).toList());
		return found.map(user -> new UserRow(user, organisations.get(user.organisationId())));
	}

	@Transactional
	UserAccount changeRoles(CurrentUser admin, UserId userId, Set<Role> roles) {
		requireAdmin(admin);
		if (roles.isEmpty()) {
			throw new InvalidInput("roles", "A user needs at least one role");
		}
		if (admin.id().equals(userId) && !roles.contains(Role.ADMIN)) {
			throw new InvalidInput("roles", "You cannot take the admin role away from yourself");
		}
		UserAccount user = users.findById(userId).orElseThrow(() -> NotFound.of("User", userId));
		Set<Role> before = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		users.replaceRoles(userId, roles);
		audit.record(AuditActions.ROLES_CHANGED, user.email(), "before=" + before + ", after=" + EnumSet.copyOf(roles));
		return user.withRoles(roles);
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new AccessDeniedException("Only admins change roles");
		}
	}

}
