package org.isoko.identity;

import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds users by their organisation's registered phone number. */
@Component
class PhoneUsers implements PhoneDirectory {

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final CurrentUsers currentUsers;

	private final Organisations organisations;

	PhoneUsers(JdbcClient jdbc, UserAccounts users, CurrentUsers currentUsers, Organisations organisations) {
		this.jdbc = jdbc;
		this.users = users;
		this.currentUsers = currentUsers;
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PhoneUser> sellerByPhone(Msisdn phone) {
		return jdbc.sql("SELECT id FROM identity_organisation WHERE phone = :phone AND verification = 'VERIFIED'")
			.param("phone", phone.value())
			.query((rs, n) -> new OrganisationId(rs.getObject(1, UUID.class)))
			.list()
			.stream()
			.map(org -> organisations.findById(org).filter(o -> o.kind().sells()).flatMap(o -> first(o, Role.SELLER)))
			.flatMap(Optional::stream)
			.findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PhoneUser> contactOf(OrganisationId organisation) {
		return organisations.findById(organisation).flatMap(o -> first(o, null));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PhoneUser> userAt(UserId user, Msisdn phone) {
		return users.findById(user)
			.filter(UserAccount::enabled)
			.map(account -> new PhoneUser(currentUsers.toCurrentUser(account), phone, account.preferredLanguage()));
	}

	private Optional<PhoneUser> first(Organisation organisation, @Nullable Role role) {
		if (organisation.phone() == null) {
			return Optional.empty();
		}
		return users.findByOrganisation(organisation.id())
			.stream()
			.filter(UserAccount::enabled)
			.filter(user -> role == null || user.roles().contains(role))
			.min(Comparator.comparing(UserAccount::createdAt))
			.map(user -> new PhoneUser(currentUsers.toCurrentUser(user), organisation.phone(),
					user.preferredLanguage()));
	}

}
