package org.isoko.network;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The whole application with demo data, driven over HTTP through MockMvc, as clients and
 * people meet it.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class NetworkTestSupport {

	static final String PASSWORD = "isoko-demo";
	static final String KIGALI = "operator.kigali@isoko.demo";
	static final String HANGZHOU = "operator.hangzhou@isoko.demo";
	static final String ADMIN = "admin@isoko.demo";
	static final String BUYER = "buyer.cn@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** A bearer token obtained as a program would: HTTP Basic on POST /api/v1/tokens. */
	String tokenFor(String email) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(email, PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	/** A signed-in web session, through the sign-in form. */
	MockHttpSession signIn(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(email).password(PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession();
	}

	static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token, String body) {
		return bearer(request, token).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	/**
	 * Everything the network stores; bad input must leave every one of these counts
	 * unchanged.
	 */
	String counts() {
		return "countries=" + count("network_country") + " names=" + count("network_country_name") + " memberships="
				+ count("network_country_bloc") + " hubs=" + count("network_hub") + " hub names="
				+ count("network_hub_name") + " corridors=" + count("network_corridor") + " modes="
				+ count("network_corridor_mode") + " regimes=" + count("network_corridor_regime") + " rates="
				+ count("network_fx_rate") + " changes=" + count("network_change");
	}

}
