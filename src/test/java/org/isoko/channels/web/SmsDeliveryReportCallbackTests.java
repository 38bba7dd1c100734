package org.isoko.channels.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.isoko.channels.sms.SmsDeliveryReports;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The delivery-report callback's gate, as the USSD callback's: the secret key in the
 * address and the provider's addresses, when configured; refused calls change nothing.
 */
class SmsDeliveryReportCallbackTests {

	private final SmsDeliveryReports reports = mock(SmsDeliveryReports.class);

	private MockMvc mvc(String secret, String addresses) {
		when(reports.record(any())).thenReturn(SmsDeliveryReports.Outcome.RECORDED);
		return MockMvcBuilders.standaloneSetup(new SmsDeliveryReportCallback(reports, secret, addresses)).build();
	}

	private static MockHttpServletRequestBuilder report(String query, String address) {
		return post("/api/v1/sms/delivery-reports" + query).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("id", "ATXid_1")
			.param("status", "Success")
			.param("phoneNumber", "+250788100200")
			.param("retryCount", "0")
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	@Test
	void withASecretOnlyTheRightKeyGetsIn() throws Exception {
		MockMvc mvc = mvc("s3cret", "");
		mvc.perform(report("", "10.0.0.1"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(report("?key=wrong", "10.0.0.1")).andExpect(status().isForbidden());
		verify(reports, never()).record(any());
		mvc.perform(report("?key=s3cret", "10.0.0.1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("RECORDED"));
	}

	@Test
	void withAddressesOnlyTheProvidersGetIn() throws Exception {
		MockMvc mvc = mvc("", "52.48.80.129, 10.0.0.7");
		mvc.perform(report("", "10.0.0.1")).andExpect(status().isForbidden());
		verify(reports, never()).record(any());
		mvc.perform(report("", "10.0.0.7")).andExpect(status().isOk());
	}

}
