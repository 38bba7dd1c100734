package org.isoko.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * Signs demo users in the way people and programs do, for MockMvc tests of any module: a
 * web session from the real sign-in form, or a bearer token from
 * {@code POST /api/v1/tokens}.
 */
public final class SignIn {

	public static final String DEMO_PASSWORD = "isoko-demo";

	private SignIn() {
	}

	/**
	 * A session signed in through the form at /login; pass it with
	 * {@code .session(session)}.
	 */
	public static MockHttpSession session(MockMvc mvc, String email) throws Exception {
		return session(mvc, email, DEMO_PASSWORD);
	}

	public static MockHttpSession session(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", password))
			.andReturn();
		if (!"/".equals(result.getResponse().getRedirectedUrl())) {
			throw new IllegalStateException(
					"Sign-in of " + email + " failed: redirected to " + result.getResponse().getRedirectedUrl());
		}
		return (MockHttpSession) result.getRequest().getSession();
	}

	/** A bearer token obtained with HTTP Basic. */
	public static String token(MockMvc mvc, String email) throws Exception {
		return token(mvc, email, DEMO_PASSWORD);
	}

	public static String token(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/tokens").with(httpBasic(email, password))).andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException(
					"Token for " + email + " refused: " + result.getResponse().getContentAsString());
		}
		return JsonPath.read(result.getResponse().getContentAsString(), "$.token");
	}

	/** Adds {@code Authorization: Bearer <token>} to a request. */
	public static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

}
