package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 13 item 7: registration cannot be used to probe for accounts without limit. */
@TestPropertySource(properties = "isoko.identity.registration-throttle.max-per-address=3")
class RegistrationThrottleIntegrationTests extends IdentityTestSupport {

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	private static String probe(String email) {
		return """
				{"kind":"CONSUMER","displayName":"Prober","email":"%s","password":"%s","country":"CN"}"""
			.formatted(email, LONG_PASSWORD);
	}

	@Test
	void probingManyEmailsFromOneAddressIsRefusedWithRetryAfterAndAudited() throws Exception {
		String address = "203.0.113.7";
		for (String known : new String[] { "buyer.cn@isoko.demo", "importer.cn@isoko.demo", "buyer.ke@isoko.demo" }) {
			mvc.perform(from(address, json(post("/api/v1/registrations"), probe(known))))
				.andExpect(status().isConflict());
		}

		mvc.perform(from(address, json(post("/api/v1/registrations"), probe("seller.coop@isoko.demo"))))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(auditCount(AuditActions.REGISTRATION_THROTTLED, "seller.coop@isoko.demo")).isOne();

		// Another address is not affected.
		mvc.perform(from("203.0.113.8", json(post("/api/v1/registrations"), probe("seller.sme@isoko.demo"))))
			.andExpect(status().isConflict());
	}

	@Test
	void oneLoginTriedFromManyAddressesIsRefusedToo() throws Exception {
		String email = uniqueEmail("target");
		for (int i = 1; i <= 5; i++) {
			mvc.perform(from("198.51.100." + i,
					json(post("/api/v1/registrations"), probe(email).replace(LONG_PASSWORD, "qwertyuiop"))))
				.andExpect(status().isBadRequest());
		}
		long users = count("identity_user");

		mvc.perform(from("198.51.100.99", json(post("/api/v1/registrations"), probe(email))))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		assertThat(count("identity_user")).isEqualTo(users);
	}

	@Test
	void theFormAnswers429WithTheMessageAndKeepsWhatWasTyped() throws Exception {
		String address = "192.0.2.44";
		for (int i = 0; i < 3; i++) {
			mvc.perform(from(address, json(post("/api/v1/registrations"), probe("buyer.cn@isoko.demo"))));
		}

		mvc.perform(from(address,
				post("/register").with(csrf())
					.param("kind", "CONSUMER")
					.param("displayName", "Patient Person")
					.param("email", uniqueEmail("patient"))
					.param("password", LONG_PASSWORD)
					.param("country", "CN")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"register-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Patient Person\"")));
	}

}
