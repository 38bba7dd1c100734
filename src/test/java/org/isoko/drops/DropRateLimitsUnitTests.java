package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.Role;
import org.isoko.identity.UserId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.junit.jupiter.api.Test;

class DropRateLimitsUnitTests {

	static CurrentUser buyer() {
		return new CurrentUser(new UserId(UUID.randomUUID()), "b@example.org", "B",
				new OrganisationId(UUID.randomUUID()), "Org", CountryCode.of("CN"), HubCode.of("HGH"),
				Set.of(Role.BUYER), true);
	}

	@Test
	void refusesTheRequestAfterTheAccountsBudgetWithASecondsToWait() {
		DropRateLimits limits = new DropRateLimits(3, 100, Duration.ofHours(1));
		CurrentUser buyer = buyer();
		for (int i = 0; i < 3; i++) {
			limits.check(buyer, "10.0.0.1");
		}
		assertThatThrownBy(() -> limits.check(buyer, "10.0.0.1")).isInstanceOf(DropTooManyRequests.class)
			.hasMessageContaining("your account")
			.satisfies(e -> assertThat(((DropTooManyRequests) e).retryAfterSeconds()).isPositive());
		limits.check(buyer(), "10.0.0.1"); // another account from the same address still
											// gets through
	}

	@Test
	void refusesAnAddressOverItsBudgetWhateverTheAccount() {
		DropRateLimits limits = new DropRateLimits(100, 2, Duration.ofHours(1));
		limits.check(buyer(), "10.0.0.2");
		limits.check(buyer(), "10.0.0.2");
		assertThatThrownBy(() -> limits.check(buyer(), "10.0.0.2")).isInstanceOf(DropTooManyRequests.class)
			.hasMessageContaining("network address");
		limits.check(buyer(), "10.0.0.3");
	}

}
