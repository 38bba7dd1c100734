package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserDirectoryIntegrationTests extends IdentityTestSupport {

	@Autowired
	UserDirectory directory;

	@Autowired
	UserAccounts accounts;

	@Test
	void findsAUserByEMailAsIfTheyHadSignedIn() {
		CurrentUser seller = directory.findByEmail(" Seller.Coop@ISOKO.demo ").orElseThrow();

		assertThat(seller.email()).isEqualTo("seller.coop@isoko.demo");
		assertThat(seller.displayName()).isEqualTo("Jean-Paul Habimana");
		assertThat(seller.organisationId().value()).isEqualTo(organisationIdOf("Abahuzamugambi Coffee Cooperative"));
		assertThat(seller.organisationName()).isEqualTo("Abahuzamugambi Coffee Cooperative");
		assertThat(seller.country()).isEqualTo(CountryCode.of("RW"));
		assertThat(seller.hub()).isEqualTo(HubCode.of("KGL"));
		assertThat(seller.roles()).containsExactly(Role.SELLER);
		assertThat(seller.organisationVerified()).isTrue();
		assertThat(directory.findByEmail("seller.pending@isoko.demo").orElseThrow().organisationVerified()).isFalse();
	}

	@Test
	void findsNobodyForAnUnknownOrDisabledUser() throws Exception {
		assertThat(directory.findByEmail("nobody@isoko.demo")).isEmpty();

		CurrentUser registered = directory.findByEmail(registerConsumer("directory-buyer")).orElseThrow();
		UserAccount disabled = user(registered.organisationId(), "disabled", false, Set.of(Role.BUYER),
				Instant.parse("2020-01-01T00:00:00Z"));
		assertThat(directory.findByEmail(disabled.email())).isEmpty();
		assertThat(directory.firstWithRole(registered.organisationId(), Role.BUYER).orElseThrow().id())
			.isEqualTo(registered.id());
	}

	@Test
	void findsTheFirstRegisteredUserOfAnOrganisationWithARole() throws Exception {
		CurrentUser registered = directory.findByEmail(registerConsumer("directory-buyer")).orElseThrow();
		OrganisationId organisation = registered.organisationId();
		// A logistics agent registered before the consumer, and a second buyer after.
		UserAccount agent = user(organisation, "directory-agent", true, Set.of(Role.LOGISTICS_AGENT),
				Instant.parse("2020-01-01T00:00:00Z"));
		user(organisation, "buyer-later", true, Set.of(Role.BUYER), Instant.parse("2999-01-01T00:00:00Z"));

		assertThat(directory.firstWithRole(organisation, Role.BUYER).orElseThrow().id()).isEqualTo(registered.id());
		assertThat(directory.firstWithRole(organisation, Role.LOGISTICS_AGENT).orElseThrow().id())
			.isEqualTo(agent.id());
		assertThat(directory.firstWithRole(organisation, Role.SELLER)).isEmpty();
		assertThat(directory.firstWithRole(new OrganisationId(UUID.randomUUID()), Role.BUYER)).isEmpty();
	}

	private UserAccount user(OrganisationId organisation, String prefix, boolean enabled, Set<Role> roles,
			Instant createdAt) {
		UserAccount user = new UserAccount(new UserId(UUID.randomUUID()), uniqueEmail(prefix), "Test " + prefix,
				"{noop}unused", organisation, "en", enabled, roles, createdAt);
		accounts.insert(user);
		return user;
	}

}
