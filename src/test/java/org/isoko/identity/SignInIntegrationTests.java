package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class SignInIntegrationTests extends IdentityTestSupport {

	@Test
	void signsInWithTheFormAndAuditsIt() throws Exception {
		long before = auditCount(AuditActions.LOGIN_SUCCEEDED, "seller.coop@isoko.demo");

		mvc.perform(post("/login").with(csrf()).param("username", "Seller.Coop@isoko.demo").param("password", PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("seller.coop@isoko.demo").withRoles("SELLER"));

		assertThat(auditCount(AuditActions.LOGIN_SUCCEEDED, "seller.coop@isoko.demo")).isEqualTo(before + 1);
	}

	@Test
	void sendsAWrongPasswordBackToTheFormAndAuditsIt() throws Exception {
		long before = auditCount(AuditActions.LOGIN_FAILED, "seller.sme@isoko.demo");

		mvc.perform(post("/login").with(csrf()).param("username", "seller.sme@isoko.demo").param("password", "guess"))
			.andExpect(redirectedUrlPattern("/login?error=bad*"))
			.andExpect(unauthenticated());

		assertThat(auditCount(AuditActions.LOGIN_FAILED, "seller.sme@isoko.demo")).isEqualTo(before + 1);
	}

	@Test
	void refusesASignInWithoutTheCsrfToken() throws Exception {
		mvc.perform(post("/login").param("username", "seller.coop@isoko.demo").param("password", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void locksAnAccountAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
		String email = registerConsumer("throttled");
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "wrong-" + attempt))
				.andExpect(redirectedUrlPattern("/login?error=bad*"));
		}
		mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "wrong-5"))
			.andExpect(redirectedUrlPattern("/login?error=throttled*"));

		mvc.perform(post("/login").with(csrf()).param("username", email).param("password", LONG_PASSWORD))
			.andExpect(redirectedUrlPattern("/login?error=throttled*"))
			.andExpect(unauthenticated());
		mvc.perform(post("/api/v1/tokens").with(httpBasic(email, LONG_PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.detail").exists());
		assertThat(auditCount(AuditActions.LOGIN_THROTTLED, email)).isEqualTo(2);
		assertThat(auditCount(AuditActions.LOGIN_FAILED, email)).isEqualTo(5);
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		String email = registerConsumer("recovers");
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "wrong"));
		}
		mvc.perform(post("/login").with(csrf()).param("username", email).param("password", LONG_PASSWORD))
			.andExpect(authenticated());

		mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "wrong-again"))
			.andExpect(redirectedUrlPattern("/login?error=bad*"));
	}

	@Test
	void signsOutWithAPostAndProtectedPagesAskForSignIn() throws Exception {
		mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/?signedOut"));
		mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk());
	}

}
