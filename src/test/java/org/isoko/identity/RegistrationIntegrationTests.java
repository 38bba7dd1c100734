package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class RegistrationIntegrationTests extends IdentityTestSupport {

	@Test
	void registersASellerThatWaitsForItsHub(ApplicationEvents events) throws Exception {
		String email = uniqueEmail("coop");

		mvc.perform(json(post("/api/v1/registrations"),
				"""
						{"kind":"COOPERATIVE","organisationName":"Huye Mountain Growers","displayName":"Alice Mukamana","email":"%s",
						 "password":"%s","country":"RW","phone":"+250 788 555 111"}"""
					.formatted(email, LONG_PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roles[0]").value("SELLER"))
			.andExpect(jsonPath("$.organisation.verification").value("PENDING"))
			.andExpect(jsonPath("$.organisation.hub").value("KGL"));

		assertThat(events.stream(OrganisationRegistered.class)).anyMatch(e -> e.kind() == OrganisationKind.COOPERATIVE);
		String hash = jdbc.sql("SELECT password_hash FROM identity_user WHERE email = :email")
			.param("email", email)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(LONG_PASSWORD);
		String token = tokenFor(email, LONG_PASSWORD);
		mvc.perform(bearer(get("/api/v1/me"), token))
			.andExpect(jsonPath("$.organisation.name").value("Huye Mountain Growers"));
	}

	@Test
	void registersABuyerWhoCanSignInAtOnce() throws Exception {
		String email = registerConsumer("buyer");

		mvc.perform(bearer(get("/api/v1/me"), tokenFor(email, LONG_PASSWORD)))
			.andExpect(jsonPath("$.roles[0]").value("BUYER"))
			.andExpect(jsonPath("$.organisation.verification").value("NOT_REQUIRED"))
			.andExpect(jsonPath("$.organisation.hub").value("HGH"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown country      | "country":"XX"                                  | country
			country without hub  | "country":"FR"                                  | country
			short password       | "country":"RW","password":"short"               | password
			malformed e-mail     | "country":"RW","email":"not-an-email"           | email
			seller without phone | "country":"RW","phone":null                     | phone
			malformed phone      | "country":"RW","phone":"12"                     | phone
			hub operator kind    | "country":"RW","kind":"HUB_OPERATOR"            | kind
			""")
	void rejectsBadRegistrationsNamingTheFieldAndChangingNothing(String name, String override, String field)
			throws Exception {
		long organisations = count("identity_organisation");
		long users = count("identity_user");
		String body = """
				{"kind":"SME","organisationName":"Test SME","displayName":"Test","email":"%s","password":"%s","phone":"+250788000111",%s}"""
			.formatted(uniqueEmail("bad"), LONG_PASSWORD, override);

		mvc.perform(json(post("/api/v1/registrations"), body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value(field));

		assertThat(count("identity_organisation")).isEqualTo(organisations);
		assertThat(count("identity_user")).isEqualTo(users);
	}

	@Test
	void refusesASecondAccountForTheSameEmailIgnoringCase() throws Exception {
		long users = count("identity_user");

		mvc.perform(json(post("/api/v1/registrations"),
				"""
						{"kind":"CONSUMER","displayName":"Impostor","email":"Buyer.CN@isoko.demo","password":"%s","country":"CN"}"""
					.formatted(LONG_PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("already exists")));

		assertThat(count("identity_user")).isEqualTo(users);
	}

	@Test
	void registersThroughTheWebFormAndSignsThePersonIn() throws Exception {
		String email = uniqueEmail("web");

		mvc.perform(post("/register").with(csrf())
			.param("kind", "FARMER_GROUP")
			.param("organisationName", "Gakenke Chili Growers")
			.param("displayName", "Eric Nshimiyimana")
			.param("email", email)
			.param("password", LONG_PASSWORD)
			.param("country", "RW")
			.param("phone", "+250788777888"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account"));

		assertThat(jdbc.sql("SELECT verification FROM identity_organisation WHERE name = 'Gakenke Chili Growers'")
			.query(String.class)
			.single()).isEqualTo("PENDING");
	}

	@Test
	void showsFormErrorsNextToTheFieldsAndChangesNothing() throws Exception {
		long users = count("identity_user");

		mvc.perform(post("/register").with(csrf())
			.param("kind", "SME")
			.param("organisationName", "X")
			.param("displayName", "Y")
			.param("email", "nope")
			.param("password", "short")
			.param("country", "ZZ"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "email", "password", "country"))
			.andExpect(content().string(containsString("field-error")));

		assertThat(count("identity_user")).isEqualTo(users);
	}

	@Test
	void refusesFormPostsWithoutTheCsrfToken() throws Exception {
		long users = count("identity_user");

		mvc.perform(post("/register").param("kind", "CONSUMER")
			.param("displayName", "Y")
			.param("email", uniqueEmail("csrf"))
			.param("password", LONG_PASSWORD)
			.param("country", "CN")).andExpect(status().isForbidden());

		assertThat(count("identity_user")).isEqualTo(users);
	}

	String tokenFor(String email, String password) throws Exception {
		String body = mvc
			.perform(post("/api/v1/tokens")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.httpBasic(email, password)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$.token");
	}

}
