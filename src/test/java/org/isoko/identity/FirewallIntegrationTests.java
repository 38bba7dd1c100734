package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The firewall in front of every request checks header characters with
 * {@link HeaderCharacters}.
 */
class FirewallIntegrationTests extends IdentityTestSupport {

	@Autowired
	FilterChainProxy springSecurityFilterChain;

	@Test
	void theSecurityFilterChainUsesTheseHeaderRules() {
		// The rules behave exactly as Spring's (HeaderCharactersUnitTests), so only the
		// wiring tells them apart. Spring
		// Security 7 wraps the proxy that WebSecurity builds in a composite one: look
		// inside it.
		Object proxy = springSecurityFilterChain;
		if (ReflectionUtils.findField(proxy.getClass(), "springSecurityFilterChain") != null) {
			proxy = ReflectionTestUtils.getField(proxy, "springSecurityFilterChain");
		}
		Object firewall = ReflectionTestUtils.getField(proxy, "firewall");
		assertThat(firewall).isInstanceOf(StrictHttpFirewall.class);
		assertThat(ReflectionTestUtils.getField(firewall, "allowedHeaderNames")).isSameAs(HeaderCharacters.NAMES);
		assertThat(ReflectionTestUtils.getField(firewall, "allowedHeaderValues")).isSameAs(HeaderCharacters.VALUES);
	}

	@Test
	void aControlCharacterInAHeaderIsRejectedBeforeAnythingElseRuns() throws Exception {
		// Headers are checked as they are read: the bearer filter reads Authorization on
		// every API call.
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer isk_ring\u0007bell"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void tabsAndAnyAssignedCharacterInAHeaderValuePassTheFirewall() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer\tisk_caf\u00e9_\u5496\u5561"))
			.andExpect(status().isUnauthorized());
	}

}
