package org.isoko.ordering;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.isoko.support.LotFixtures;
import org.isoko.support.MutableClock;
import org.isoko.support.MutableClockConfiguration;
import org.isoko.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The whole application with demo users and a movable clock, driven through MockMvc; lots come from {@link LotFixtures}. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
abstract class OrderingTestSupport {

	static final String BUYER = "buyer.cn@isoko.demo";
	static final String OTHER_BUYER = "importer.cn@isoko.demo";
	static final String KENYAN_BUYER = "buyer.ke@isoko.demo";
	static final String COOP = "seller.coop@isoko.demo";
	static final String SME = "seller.sme@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ReservationExpiry expiry;

	private final Map<String, String> tokens = new HashMap<>();

	String token(String email) throws Exception {
		String token = tokens.get(email);
		if (token == null) {
			token = SignIn.token(mvc, email);
			tokens.put(email, token);
		}
		return token;
	}

	LotFixtures.Lot coffee(int available) {
		return LotFixtures.lot(jdbc, LotFixtures.COOPERATIVE, "KGL", "HGH", available, 15_000, 1);
	}

	int available(LotFixtures.Lot lot) {
		return LotFixtures.available(jdbc, lot.id());
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	static String line(LotFixtures.Lot lot, String quantity) {
		return "{\"lotId\":\"%s\",\"corridorId\":\"%s\",\"quantity\":%s}".formatted(lot.id(), lot.corridor(), quantity);
	}

	static String order(String... lines) {
		return """
				{"lines":[%s],
				 "deliveryAddress":{"name":"Li Wei","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}}"""
				.formatted(String.join(",", lines));
	}

	ResultActions place(String email, String key, String body) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/orders").contentType(MediaType.APPLICATION_JSON).content(body);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(SignIn.bearer(request, token(email)));
	}

	ResultActions call(String email, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(SignIn.bearer(request, token(email)));
	}

	ResultActions call(String email, MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(SignIn.bearer(request.contentType(MediaType.APPLICATION_JSON).content(json), token(email)));
	}

	ResultActions pay(String email, String orderId, String key) throws Exception {
		return call(email, post("/api/v1/orders/" + orderId + "/payments").header("Idempotency-Key", key), "{\"provider\":\"DEMO\"}");
	}

	static String key() {
		return UUID.randomUUID().toString();
	}
}
