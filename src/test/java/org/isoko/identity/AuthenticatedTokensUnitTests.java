package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bounds on how long an authenticated token is remembered: the TTL, the token's own
 * expiry, forgetting, the credential generation polled from the database and how recent
 * that poll is.
 */
class AuthenticatedTokensUnitTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

	final AuthenticatedTokens tokens = new AuthenticatedTokens(clock, Duration.ofSeconds(5), Duration.ofMinutes(1));

	@BeforeEach
	void polledOnce() {
		tokens.synchronised(7);
	}

	AuthenticatedTokens.Entry entry(UUID tokenId, Instant tokenExpiresAt) {
		UserId user = new UserId(UUID.randomUUID());
		OrganisationId organisation = new OrganisationId(UUID.randomUUID());
		UserAccount account = new UserAccount(user, "b@example.org", "B", "{noop}x", organisation, "en", true,
				Set.of(Role.BUYER), clock.instant());
		CurrentUser current = new CurrentUser(user, "b@example.org", "B", organisation, "Org", CountryCode.of("CN"),
				new HubCode("HGH"), Set.of(Role.BUYER), false);
		return new AuthenticatedTokens.Entry(tokenId, tokenExpiresAt, account, current, clock.instant());
	}

	@Test
	void anEntryIsKeptForTheTtlAndNoLonger() {
		tokens.remember("hash", entry(UUID.randomUUID(), null), tokens.epoch());
		clock.advance(Duration.ofMillis(4_999));
		assertThat(tokens.find("hash")).isPresent();
		clock.advance(Duration.ofMillis(1));
		assertThat(tokens.find("hash")).isEmpty();
	}

	@Test
	void aTokenThatExpiresMeanwhileIsNotAnsweredFromMemory() {
		tokens.remember("hash", entry(UUID.randomUUID(), clock.instant().plusSeconds(2)), tokens.epoch());
		assertThat(tokens.find("hash")).isPresent();
		clock.advance(Duration.ofSeconds(2));
		assertThat(tokens.find("hash")).isEmpty();
	}

	@Test
	void forgettingOneTokenOrAllOfThem() {
		UUID revoked = UUID.randomUUID();
		tokens.remember("a", entry(revoked, null), tokens.epoch());
		tokens.remember("b", entry(UUID.randomUUID(), null), tokens.epoch());
		tokens.forgetToken(revoked);
		assertThat(tokens.find("a")).isEmpty();
		assertThat(tokens.find("b")).isPresent();
		tokens.forgetAll();
		assertThat(tokens.find("b")).isEmpty();
	}

	@Test
	void aZeroTtlTurnsTheCacheOff() {
		AuthenticatedTokens off = new AuthenticatedTokens(clock, Duration.ZERO, Duration.ofSeconds(1));
		off.synchronised(0);
		off.remember("hash", entry(UUID.randomUUID(), null), off.epoch());
		assertThat(off.find("hash")).isEmpty();
	}

	@Test
	void aClockSetBackDoesNotMakeAnEntryLiveForever() {
		tokens.remember("hash", entry(UUID.randomUUID(), null), tokens.epoch()); // read
																					// at
																					// 10:00:00
		clock.advance(Duration.ofMinutes(-1)); // the clock is set back: the entry now
												// looks read in the future
		assertThat(tokens.find("hash")).isEmpty();
	}

	@Test
	void aMovedGenerationForgetsEverythingAndTheSameOneNothing() {
		tokens.remember("a", entry(UUID.randomUUID(), null), tokens.epoch());
		tokens.synchronised(7);
		assertThat(tokens.find("a")).as("the same generation polled again").isPresent();
		tokens.synchronised(8);
		assertThat(tokens.find("a")).as("another instance changed a token").isEmpty();
	}

	@Test
	void aReadStartedBeforeAForgettingIsNotRemembered() {
		long epoch = tokens.epoch(); // the database read of the token starts
		tokens.forgetAll(); // a role changes meanwhile
		tokens.remember("a", entry(UUID.randomUUID(), null), epoch);
		assertThat(tokens.find("a")).isEmpty();
		long remoteEpoch = tokens.epoch();
		tokens.synchronised(9); // another instance's change arrives meanwhile
		tokens.remember("b", entry(UUID.randomUUID(), null), remoteEpoch);
		assertThat(tokens.find("b")).isEmpty();
	}

	@Test
	void nothingIsAnsweredFromMemoryBeforeTheFirstPollOrWhenThePollsStop() throws InterruptedException {
		AuthenticatedTokens fresh = new AuthenticatedTokens(clock, Duration.ofMinutes(5), Duration.ofMillis(10));
		fresh.remember("a", entry(UUID.randomUUID(), null), fresh.epoch());
		assertThat(fresh.find("a")).as("never polled").isEmpty();
		fresh.synchronised(1);
		fresh.remember("a", entry(UUID.randomUUID(), null), fresh.epoch());
		assertThat(fresh.find("a")).isPresent();
		Thread.sleep(100); // well past 3 sync intervals of 10 ms without a poll (the
							// database unreachable, say)
		assertThat(fresh.find("a")).as("not trusted without a recent poll").isEmpty();
		fresh.synchronised(1);
		assertThat(fresh.find("a")).as("trusted again once polled").isPresent();
	}

}
