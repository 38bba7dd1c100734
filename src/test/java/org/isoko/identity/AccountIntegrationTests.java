package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The account page's password change, and the sign-in that returns to the page the user
 * was on.
 */
class AccountIntegrationTests extends IdentityTestSupport {

	@Autowired
	UserAccounts users;

	@Test
	void aUserChangesTheirPasswordWithTheCurrentOneAndSignsInWithTheNewOne() throws Exception {
		String email = registerConsumer("password-change");
		String hashBefore = passwordHash(email);

		mvc.perform(post("/account/password").with(user(principal(email)))
			.with(csrf())
			.param("currentPassword", LONG_PASSWORD)
			.param("newPassword", "mango-season-in-huye")
			.param("confirmPassword", "mango-season-in-huye"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("passwordChanged", true));

		assertThat(passwordHash(email)).isNotEqualTo(hashBefore);
		assertThat(auditCount(AuditActions.PASSWORD_CHANGED, email)).isEqualTo(1);
		mvc.perform(post("/api/v1/tokens").with(httpBasic(email, "mango-season-in-huye")))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/tokens").with(httpBasic(email, LONG_PASSWORD))).andExpect(status().isUnauthorized());
	}

	@Test
	void aRefusedChangeSaysWhyByTheFieldAndChangesNothing() throws Exception {
		String email = registerConsumer("password-refused");
		String hashBefore = passwordHash(email);

		String wrongCurrent = changePassword(email, "not-my-password-at-all", "mango-season-in-huye",
				"mango-season-in-huye");
		assertThat(wrongCurrent).contains("The current password is wrong.").contains("id=\"currentPassword\"");
		assertThat(auditCount(AuditActions.PASSWORD_CHANGE_REFUSED, email)).isEqualTo(1);

		assertThat(changePassword(email, LONG_PASSWORD, "mango-season-in-huye", "mango-season-in-kigali"))
			.contains("The two new passwords are not the same.");
		assertThat(changePassword(email, LONG_PASSWORD, "short", "short")).contains("at least 10");
		assertThat(changePassword(email, LONG_PASSWORD, "password123", "password123")).contains("common");

		assertThat(passwordHash(email)).isEqualTo(hashBefore);
		assertThat(wrongCurrent).doesNotContain("not-my-password-at-all").doesNotContain("mango-season-in-huye");
	}

	@Test
	void signingInReturnsToThePageTheUserWasOn() throws Exception {
		String page = mvc.perform(get("/shop?q=coffee")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/login?target=/shop?q%3Dcoffee");

		mvc.perform(post("/login").with(csrf())
			.param("username", "buyer.cn@isoko.demo")
			.param("password", PASSWORD)
			.param("target", "/shop?q=coffee")).andExpect(redirectedUrl("/shop?q=coffee"));
	}

	@Test
	void signingInNeverLeavesTheSite() throws Exception {
		for (String elsewhere : new String[] { "//evil.example/steal", "https://evil.example/", "/\\evil.example",
				"/login", "javascript:alert(1)" }) {
			mvc.perform(post("/login").with(csrf())
				.param("username", "buyer.cn@isoko.demo")
				.param("password", PASSWORD)
				.param("target", elsewhere)).andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void aFailedSignInKeepsThePageToReturnTo() throws Exception {
		mvc.perform(post("/login").with(csrf())
			.param("username", "buyer.cn@isoko.demo")
			.param("password", "wrong-password-here")
			.param("target", "/orders"))
			.andExpect(redirectedUrl("/login?error=bad&email=buyer.cn%40isoko.demo&target=%2Forders"));

		String form = mvc.perform(get("/login?error=bad&target=/orders"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("<input type=\"hidden\" name=\"target\" value=\"/orders\">");
	}

	@Test
	void signingOutSaysSo() throws Exception {
		mvc.perform(post("/logout").with(user(principal("buyer.cn@isoko.demo"))).with(csrf()))
			.andExpect(redirectedUrl("/?signedOut"));

		assertThat(mvc.perform(get("/?signedOut")).andReturn().getResponse().getContentAsString())
			.contains("id=\"signed-out\"");
	}

	private String changePassword(String email, String current, String replacement, String confirmation)
			throws Exception {
		return mvc
			.perform(post("/account/password").with(user(principal(email)))
				.with(csrf())
				.param("currentPassword", current)
				.param("newPassword", replacement)
				.param("confirmPassword", confirmation))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String passwordHash(String email) {
		return users.findByEmail(email).orElseThrow().passwordHash();
	}

	private IsokoPrincipal principal(String email) {
		return new IsokoPrincipal(users.findByEmail(email).orElseThrow());
	}

}
