package org.isoko.payments.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Proxy;

import jakarta.servlet.http.HttpServletRequest;

import org.isoko.payments.CallbackGuard;
import org.isoko.payments.CallbackLog;
import org.isoko.payments.CallbackRateLimited;
import org.isoko.payments.Payments;
import org.isoko.payments.Payouts;
import org.isoko.payments.WalletApi;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A provider over the callback rate limit gets a 429 problem with Retry-After
 * ({@link CallbackGuard}'s limit itself is tested by {@code CallbackGuardUnitTests}; the
 * integration tests raise it out of reach).
 */
class PaymentCallbacksRateLimitTests {

	@Test
	void overTheLimitIsA429ProblemWithRetryAfter() throws Exception {
		CallbackGuard guard = mock(CallbackGuard.class);
		CallbackRateLimited limited = mock(CallbackRateLimited.class);
		when(limited.retryAfterSeconds()).thenReturn(7L);
		when(limited.getMessage()).thenReturn("Too many callbacks from your network address");
		doThrow(limited).when(guard).admit(any());
		MockMvc mvc = MockMvcBuilders
			.standaloneSetup(new PaymentCallbacks(mock(Payments.class), mock(Payouts.class), mock(WalletApi.class),
					guard, currentRequest(), mock(CallbackLog.class)))
			.build();

		mvc.perform(post("/api/v1/payments/callbacks/wallet").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("out_trade_no", "not-ours"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "7"))
			.andExpect(content().contentType("application/problem+json"))
			// Absent means about:blank (RFC 9457, 3.1.1); Spring 7's ProblemDetail leaves
			// it out,
			// where the hand-built map wrote "type":"about:blank".
			.andExpect(jsonPath("$.type").doesNotExist())
			.andExpect(jsonPath("$.title").value("Too Many Requests"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value("Too many callbacks from your network address"))
			.andExpect(jsonPath("$.instance").value("/api/v1/payments/callbacks/wallet"));
	}

	/** The request being served, as the application context injects it. */
	private static HttpServletRequest currentRequest() {
		return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
				new Class<?>[] { HttpServletRequest.class },
				(proxy, method, arguments) -> method.invoke(
						((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest(),
						arguments));
	}

}
