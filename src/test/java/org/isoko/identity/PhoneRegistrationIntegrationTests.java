package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 16: a farmer registers from a phone, with the phone number as the login. */
class PhoneRegistrationIntegrationTests extends IdentityTestSupport {

	/** A fresh MTN Rwanda number, as typed: "0788 123 457". */
	private static String rwandanNumber() {
		String digits = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		return "0788 " + digits.substring(0, 3) + " " + digits.substring(3);
	}

	private static String international(String typed) {
		return "+250" + typed.replace(" ", "").substring(1);
	}

	private MockHttpServletRequestBuilder sellerForm(String phone, String password) {
		return post("/register").with(csrf())
			.param("kind", "FARMER_GROUP")
			.param("organisationName", "Nyamagabe Bean Growers")
			.param("displayName", "Jeanne Uwase")
			.param("email", "")
			.param("password", password)
			.param("country", "RW")
			.param("phone", phone);
	}

	@Test
	void aSellerRegistersWithAPhoneNumberAsTypedIsSignedInAndToldWhatVerificationNeeds() throws Exception {
		String phone = rwandanNumber();

		MockHttpSession session = (MockHttpSession) mvc.perform(sellerForm(phone, LONG_PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account"))
			.andReturn()
			.getRequest()
			.getSession();

		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_user WHERE email = :login")
			.param("login", international(phone))
			.query(Long.class)
			.single()).isOne();
		mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(international(phone))))
			.andExpect(content().string(containsString("id=\"pending-help\"")))
			.andExpect(content().string(containsString("working days")));
	}

	@Test
	void signsInWithThePhoneNumberOnTheFormAndForAToken() throws Exception {
		String phone = rwandanNumber();
		mvc.perform(sellerForm(phone, LONG_PASSWORD)).andExpect(status().is3xxRedirection());

		mvc.perform(
				post("/login").with(csrf()).param("username", phone.replace(" ", "")).param("password", LONG_PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"));
		String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(international(phone), LONG_PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = com.jayway.jsonpath.JsonPath.read(body, "$.token");
		mvc.perform(bearer(get("/api/v1/me"), token))
			.andExpect(jsonPath("$.email").value(international(phone)))
			.andExpect(jsonPath("$.organisation.verification").value("PENDING"));
		mvc.perform(post("/api/v1/tokens").with(httpBasic(phone, "wrong-password-1")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theApiTakesTheNumberAsTypedAndRefusesASecondAccountForIt() throws Exception {
		String phone = rwandanNumber();
		String body = """
				{"kind":"COOPERATIVE","organisationName":"Rusizi Cassava Coop","displayName":"Claude Habimana",
				 "password":"%s","country":"RW","phone":"%s"}""".formatted(LONG_PASSWORD, phone);

		mvc.perform(json(post("/api/v1/registrations"), body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value(international(phone)));
		mvc.perform(json(post("/api/v1/registrations"), body.replace(phone, international(phone))))
			.andExpect(status().isConflict());
	}

	@Test
	void buyersStillNeedAnEmail() throws Exception {
		long users = count("identity_user");
		mvc.perform(json(post("/api/v1/registrations"),
				"""
						{"kind":"CONSUMER","displayName":"Wang Fang","password":"%s","country":"CN","phone":"+86 138 0013 8000"}"""
					.formatted(LONG_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		assertThat(count("identity_user")).isEqualTo(users);
	}

	@Test
	void refusesCommonAndPersonalPasswordsOnTheApiNamingTheField() throws Exception {
		long users = count("identity_user");
		for (String weak : new String[] { "qwertyuiop", "jeanne.uwase-2026" }) {
			mvc.perform(json(post("/api/v1/registrations"),
					"""
							{"kind":"CONSUMER","displayName":"Jeanne Uwase","email":"jeanne.uwase@example.org","password":"%s","country":"CN"}"""
						.formatted(weak)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("password"));
		}
		assertThat(count("identity_user")).isEqualTo(users);
	}

	@Test
	void aFailedFormKeepsWhatWasTypedButNotARefusedPassword() throws Exception {
		String phone = rwandanNumber();

		mvc.perform(sellerForm(phone, "qwertyuiop").param("displayName", "Jeanne Uwase"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "identity.password.common"))
			.andExpect(content().string(containsString("value=\"Nyamagabe Bean Growers\"")))
			.andExpect(content().string(containsString("value=\"" + phone + "\"")))
			.andExpect(content().string(not(containsString("value=\"qwertyuiop\""))));

		mvc.perform(sellerForm("12", LONG_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "phone"))
			.andExpect(content().string(containsString("value=\"" + LONG_PASSWORD + "\"")));
	}

}
