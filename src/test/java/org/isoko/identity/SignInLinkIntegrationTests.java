package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The layout's sign-in link is worked out for pages only: an API call (a checkout) does
 * not pay for it.
 */
class SignInLinkIntegrationTests extends IdentityTestSupport {

	@MockitoSpyBean
	SignInLink signInLink;

	@Test
	void aPageGetsItsSignInLink() throws Exception {
		clearInvocations(signInLink);

		String page = mvc.perform(get("/shop?q=tea"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("signInTarget", "/shop?q=tea"))
			.andExpect(model().attribute("signedOut", false))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("/login?target=/shop?q%3Dtea");
		verify(signInLink).signInTarget(any());
	}

	@Test
	void anApiCallDoesNotWorkItOut() throws Exception {
		String token = tokenFor("buyer.cn@isoko.demo");
		clearInvocations(signInLink);

		mvc.perform(bearer(get("/api/v1/me?signedOut"), token)).andExpect(status().isOk());

		verify(signInLink, never()).signInTarget(any());
		verify(signInLink, never()).signedOut(any());
	}

}
