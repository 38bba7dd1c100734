package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The bound on how long an authenticated token is remembered: the TTL, the token's own expiry, and forgetting. */
class AuthenticatedTokensUnitTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
	final AuthenticatedTokens tokens = new AuthenticatedTokens(clock, Duration.ofSeconds(5));

	AuthenticatedTokens.Entry entry(UUID tokenId, Instant tokenExpiresAt) {
		UserId user = new UserId(UUID.randomUUID());
		OrganisationId organisation = new OrganisationId(UUID.randomUUID());
		UserAccount account = new UserAccount(user, "b@example.org", "B", "{noop}x", organisation, "en", true, Set.of(Role.BUYER),
				clock.instant());
		CurrentUser current = new CurrentUser(user, "b@example.org", "B", organisation, "Org", CountryCode.of("CN"), new HubCode("HGH"),
				Set.of(Role.BUYER), false);
		return new AuthenticatedTokens.Entry(tokenId, tokenExpiresAt, account, current, clock.instant());
	}

	@Test
	void anEntryIsKeptForTheTtlAndNoLonger() {
		tokens.remember("hash", entry(UUID.randomUUID(), null));
		clock.advance(Duration.ofMillis(4_999));
		assertThat(tokens.find("hash")).isPresent();
		clock.advance(Duration.ofMillis(1));
		assertThat(tokens.find("hash")).isEmpty();
	}

	@Test
	void aTokenThatExpiresMeanwhileIsNotAnsweredFromMemory() {
		tokens.remember("hash", entry(UUID.randomUUID(), clock.instant().plusSeconds(2)));
		assertThat(tokens.find("hash")).isPresent();
		clock.advance(Duration.ofSeconds(2));
		assertThat(tokens.find("hash")).isEmpty();
	}

	@Test
	void forgettingOneTokenOrAllOfThem() {
		UUID revoked = UUID.randomUUID();
		tokens.remember("a", entry(revoked, null));
		tokens.remember("b", entry(UUID.randomUUID(), null));
		tokens.forgetToken(revoked);
		assertThat(tokens.find("a")).isEmpty();
		assertThat(tokens.find("b")).isPresent();
		tokens.forgetAll();
		assertThat(tokens.find("b")).isEmpty();
	}

	@Test
	void aZeroTtlTurnsTheCacheOff() {
		AuthenticatedTokens off = new AuthenticatedTokens(clock, Duration.ZERO);
		off.remember("hash", entry(UUID.randomUUID(), null));
		assertThat(off.find("hash")).isEmpty();
	}

	@Test
	void aClockSetBackDoesNotMakeAnEntryLiveForever() {
		tokens.remember("hash", entry(UUID.randomUUID(), null)); // read at 10:00:00
		clock.advance(Duration.ofMinutes(-1)); // the clock is set back: the entry now looks read in the future
		assertThat(tokens.find("hash")).isEmpty();
	}
}
