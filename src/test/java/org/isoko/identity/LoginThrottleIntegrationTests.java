package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

/**
 * One address must not lock out everyone behind it (a carrier-grade NAT, a proxy without
 * forwarded headers): failures are counted per address and account, per account, and per
 * address, and only the first two ever refuse a correct password.
 */
@TestPropertySource(properties = { "isoko.identity.login-throttle.max-failures-per-address=30",
		"isoko.identity.login-throttle.address-delay=2s" })
class LoginThrottleIntegrationTests extends IdentityTestSupport {

	@Test
	void failuresForManyEmailsFromOneAddressDoNotLockOutAnAccountBehindIt() throws Exception {
		String address = newAddress();
		String email = registerConsumer("behind.nat");
		for (int attempt = 0; attempt < 30; attempt++) {
			signIn("random." + UUID.randomUUID() + "@example.org", "guess", address)
				.andExpect(redirectedUrlPattern("/login?error=bad*"));
		}

		signIn(email, LONG_PASSWORD, address).andExpect(authenticated().withUsername(email));
	}

	@Test
	void anAddressOverItsLimitIsSlowedDownButNotRefused() throws Exception {
		String address = newAddress();
		for (int attempt = 0; attempt < 30; attempt++) {
			signIn("random." + UUID.randomUUID() + "@example.org", "guess", address);
		}

		long start = System.nanoTime();
		signIn("random." + UUID.randomUUID() + "@example.org", "guess", address)
			.andExpect(redirectedUrlPattern("/login?error=bad*"));
		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(2000);

		// A fresh address is not slowed: under the limit the answer does not wait.
		start = System.nanoTime();
		signIn("random." + UUID.randomUUID() + "@example.org", "guess", newAddress());
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
	}

	@Test
	void guessingFromOneAddressLocksTheAccountForThatAddressOnly() throws Exception {
		String guesser = newAddress();
		String email = registerConsumer("guessed");
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn(email, "wrong-" + attempt, guesser);
		}

		signIn(email, LONG_PASSWORD, guesser).andExpect(redirectedUrlPattern("/login?error=throttled*"))
			.andExpect(unauthenticated());
		signIn(email, LONG_PASSWORD, newAddress()).andExpect(authenticated().withUsername(email));
	}

	@Test
	void guessingSpreadOverManyAddressesLocksTheAccountEverywhere() throws Exception {
		String email = registerConsumer("spread");
		for (int address = 0; address < 10; address++) {
			String from = newAddress();
			signIn(email, "wrong-a", from);
			signIn(email, "wrong-b", from);
		}

		signIn(email, LONG_PASSWORD, newAddress()).andExpect(redirectedUrlPattern("/login?error=throttled*"))
			.andExpect(unauthenticated());
	}

	private ResultActions signIn(String email, String password, String address) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).param("username", email).param("password", password));
	}

	private static String newAddress() {
		UUID random = UUID.randomUUID();
		return "10." + (random.hashCode() & 0xff) + "." + ((random.hashCode() >> 8) & 0xff) + "."
				+ ((random.hashCode() >> 16) & 0xff);
	}

}
