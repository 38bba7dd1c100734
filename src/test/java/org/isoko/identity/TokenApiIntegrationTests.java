package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

class TokenApiIntegrationTests extends IdentityTestSupport {

	@Test
	void issuesATokenOnceAndStoresOnlyItsHash() throws Exception {
		String body = mvc
			.perform(json(post("/api/v1/tokens").with(httpBasic("seller.sme@isoko.demo", PASSWORD)),
					"{\"name\":\"shop\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/tokens/")))
			.andExpect(jsonPath("$.name").value("shop"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		String id = JsonPath.read(body, "$.id");

		String stored = jdbc.sql("SELECT token_hash FROM identity_api_token WHERE id = CAST(:id AS UUID)")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(ApiTokens.hash(token)).doesNotContain(token);
		assertThat(auditCount(AuditActions.TOKEN_CREATED, id)).isEqualTo(1);

		mvc.perform(bearer(get("/api/v1/tokens"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')].prefix").exists())
			.andExpect(content().string(not(containsString(token))));
		mvc.perform(bearer(get("/api/v1/me"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value("seller.sme@isoko.demo"))
			.andExpect(jsonPath("$.organisation.name").value("Kigali Hills Roasters"));
	}

	@Test
	void aRoleChangeCountsAtOnceForTheTokensOfThatUser() throws Exception {
		String email = registerConsumer("cached");
		String token = JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic(email, LONG_PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
		mvc.perform(bearer(get("/api/v1/me"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles.length()").value(1));
		String id = jdbc.sql("SELECT id FROM identity_user WHERE email = :email")
			.param("email", email)
			.query(String.class)
			.single();

		mvc.perform(bearer(json(put("/api/v1/users/" + id + "/roles"), "{\"roles\":[\"BUYER\",\"LOGISTICS_AGENT\"]}"),
				tokenFor("admin@isoko.demo")))
			.andExpect(status().isOk());

		// The token's user was remembered by the first call; the change dropped it, so
		// this call reads the new roles.
		mvc.perform(bearer(get("/api/v1/me"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles.length()").value(2));
	}

	@Test
	void revokedTokensStopWorkingAtOnce() throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").with(httpBasic("buyer.ke@isoko.demo", PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		String id = JsonPath.read(body, "$.id");

		mvc.perform(bearer(delete("/api/v1/tokens/" + id), token)).andExpect(status().isNoContent());

		mvc.perform(bearer(get("/api/v1/me"), token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("revoked")));
		assertThat(auditCount(AuditActions.TOKEN_REVOKED, id)).isEqualTo(1);
	}

	@Test
	void nobodyRevokesSomeoneElsesToken() throws Exception {
		String victimBody = mvc.perform(post("/api/v1/tokens").with(httpBasic("importer.cn@isoko.demo", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String victimToken = JsonPath.read(victimBody, "$.token");
		String victimTokenId = JsonPath.read(victimBody, "$.id");
		String attacker = tokenFor("buyer.cn@isoko.demo");

		mvc.perform(bearer(delete("/api/v1/tokens/" + victimTokenId), attacker))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));

		mvc.perform(bearer(get("/api/v1/me"), victimToken)).andExpect(status().isOk());
	}

	@Test
	void refusesWrongPasswordsAndMissingCredentialsWithProblemDetails() throws Exception {
		long tokens = count("identity_api_token");

		mvc.perform(post("/api/v1/tokens").with(httpBasic("customs.hangzhou@isoko.demo", "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("E-mail or password is wrong"));
		mvc.perform(post("/api/v1/tokens"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("HTTP Basic")));
		mvc.perform(json(post("/api/v1/tokens").with(httpBasic("customs.hangzhou@isoko.demo", PASSWORD)),
				"{\"expiresInDays\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expiresInDays"));

		assertThat(count("identity_api_token")).isEqualTo(tokens);
	}

	@Test
	void rejectsUnknownBearerTokensAndAuditsThem() throws Exception {
		long rejected = jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'TOKEN_REJECTED'")
			.query(Long.class)
			.single();

		mvc.perform(bearer(get("/api/v1/me"), "isk_this-token-was-never-issued"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'TOKEN_REJECTED'")
			.query(Long.class)
			.single()).isEqualTo(rejected + 1);
	}

}
