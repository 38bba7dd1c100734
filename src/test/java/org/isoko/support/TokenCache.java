package org.isoko.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.test.web.servlet.MockMvc;

/**
 * API tokens of demo users, created once per test instance (creating one is a password
 * check and an audit row).
 */
public final class TokenCache {

	private final Map<String, String> tokens = new HashMap<>();

	public String of(MockMvc mvc, String email) throws Exception {
		String token = tokens.get(email);
		if (token == null) {
			token = SignIn.token(mvc, email);
			tokens.put(email, token);
		}
		return token;
	}

}
