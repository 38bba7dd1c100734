package org.isoko.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * Shared set-up for identity's HTTP-level tests: the whole application with demo data,
 * driven through MockMvc.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class IdentityTestSupport {

	static final String PASSWORD = "isoko-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A fresh bearer token for a user, obtained the way a program would: HTTP Basic on
	 * POST /api/v1/tokens.
	 */
	String tokenFor(String email) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(email, PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	UUID organisationIdOf(String name) {
		return jdbc.sql("SELECT id FROM identity_organisation WHERE name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	long auditCount(String action, String target) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = :action AND target = :target")
			.param("action", action)
			.param("target", target)
			.query(Long.class)
			.single();
	}

	static String uniqueEmail(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/**
	 * Registers a consumer through the API and returns its e-mail; the password is
	 * {@link #PASSWORD}-like but longer.
	 */
	String registerConsumer(String prefix) throws Exception {
		String email = uniqueEmail(prefix);
		mvc.perform(json(post("/api/v1/registrations"), """
				{"kind":"CONSUMER","displayName":"Test Buyer","email":"%s","password":"%s","country":"CN"}"""
			.formatted(email, LONG_PASSWORD))).andExpect(status().isCreated());
		return email;
	}

	static final String LONG_PASSWORD = "correct-horse-battery";

}
