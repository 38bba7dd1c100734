package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInTargetUnitTests {

	@Test
	void followsPathsOfThisSiteOnly() {
		assertThat(SignInTarget.safe("/lots/abc?corridor=1")).contains("/lots/abc?corridor=1");
		assertThat(SignInTarget.safe("/orders")).contains("/orders");
		for (String elsewhere : new String[] { null, "", " ", "//evil.example", "/\\evil.example",
				"https://evil.example/", "evil.example/x", "javascript:alert(1)", "/a\r\nSet-Cookie: x=1", "/login",
				"/login?error=bad", "/logout", "/register", "/register/seller", "/" + "x".repeat(2_000) }) {
			assertThat(SignInTarget.safe(elsewhere)).as(String.valueOf(elsewhere)).isEmpty();
		}
	}

}
