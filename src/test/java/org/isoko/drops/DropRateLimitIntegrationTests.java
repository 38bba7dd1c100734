package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Drop orders are rate-limited per account and per client address, with a 429 problem and
 * Retry-After.
 */
@TestPropertySource(properties = { "isoko.drops.rate-limit.per-account=3", "isoko.drops.rate-limit.per-address=8",
		"isoko.drops.rate-limit.period=1h" })
class DropRateLimitIntegrationTests extends DropTestSupport {

	@Test
	void anAccountAndThenAnAddressOverTheirBudgetGet429WithRetryAfter() throws Exception {
		String drop = drop(coffee(100), 100, 1, Duration.ZERO);
		for (int i = 0; i < 3; i++) {
			orderFromDrop(BUYER, drop, key(), 1)
				.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(201, 409));
		}
		orderFromDrop(BUYER, drop, key(), 1).andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("your account")));
		String colleague = colleagueToken(OTHER_BUYER);
		for (int i = 0; i < 3; i++) {
			orderFromDrop(OTHER_BUYER, drop, key(), 1)
				.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(201, 409));
		}
		// The address has spent 3 (first account; its refused 4th never reached the
		// address limit) + 3 + 2 = 8 permits.
		orderFromDropWithToken(colleague, drop, key(), 1)
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(201, 409));
		orderFromDropWithToken(colleague, drop, key(), 1)
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(201, 409));
		orderFromDropWithToken(colleague, drop, key(), 1).andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value(containsString("your network address")));
		assertThat(Long.parseLong(
				orderFromDropWithToken(colleague, drop, key(), 1).andReturn().getResponse().getHeader("Retry-After")))
			.isPositive();
		assertThat(held(drop)).isEqualTo(2); // one unit per organisation: the cap held
												// too
	}

}
