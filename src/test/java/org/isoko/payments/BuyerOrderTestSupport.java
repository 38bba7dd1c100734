package org.isoko.payments;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.support.CrossBorderYears;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.isoko.support.TokenCache;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * For tests that follow a demo buyer's order through the public API, as a client does:
 * placing it, calling with the buyer's token, waiting for its status, reading its total.
 * Each subclass declares its own Spring Boot test (their settings differ).
 */
abstract class BuyerOrderTestSupport {

	static final String CHINESE_BUYER = "buyer.cn@isoko.demo";

	static final String KENYAN_BUYER = "buyer.ke@isoko.demo";

	static final String COOP = "seller.coop@isoko.demo";

	static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@Autowired
	CrossBorderYears crossBorderYears;

	private final TokenCache tokens = new TokenCache();

	/**
	 * The Chinese demo buyer starts each test with the whole yearly cross-border
	 * allowance, whatever the tests before bought.
	 */
	@BeforeEach
	void freshCrossBorderYear() {
		crossBorderYears.fresh(CHINESE_BUYER);
	}

	/** Places a one-line order of {@code lot} for {@code buyer}; answers its id. */
	String place(String buyer, LotFixtures.Lot lot, int quantity, String phone) throws Exception {
		String body = """
				{"lines":[{"lotId":"%s","corridorId":"%s","quantity":%d}],
				 "deliveryAddress":{"name":"Test Buyer","phone":"%s","line":"1 Market Street","city":"City","region":"Region"}}"""
			.formatted(lot.id(), lot.corridor(), quantity, phone);
		String json = call(buyer, post("/api/v1/orders").header("Idempotency-Key", UUID.randomUUID().toString()), body)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.id");
	}

	void awaitStatus(String buyer, String order, String expected) {
		await().atMost(PATIENCE)
			.until(() -> expected.equals(JsonPath.read(
					call(buyer, get("/api/v1/orders/" + order)).andReturn().getResponse().getContentAsString(),
					"$.status")));
	}

	Money total(String buyer, String order) throws Exception {
		String json = call(buyer, get("/api/v1/orders/" + order)).andReturn().getResponse().getContentAsString();
		return Money.ofMinor(((Number) JsonPath.read(json, "$.totals.total.minorUnits")).longValue(),
				CurrencyCode.of(JsonPath.read(json, "$.totals.total.currency")));
	}

	ResultActions call(String email, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(SignIn.bearer(request, token(email)));
	}

	ResultActions call(String email, MockHttpServletRequestBuilder request, String json) throws Exception {
		return call(email, request.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	String token(String email) throws Exception {
		return tokens.of(mvc, email);
	}

}
