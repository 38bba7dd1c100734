package org.isoko.logistics;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.isoko.support.LotFixtures;
import org.isoko.support.MutableClock;
import org.isoko.support.MutableClockConfiguration;
import org.isoko.support.SignIn;
import org.isoko.support.TokenCache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The whole application with demo users and a movable clock: orders placed, paid and
 * accepted through the API, so that each test has a parcel of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
abstract class LogisticsTestSupport {

	static final String BUYER = "buyer.cn@isoko.demo";
	static final String COOP = "seller.coop@isoko.demo";
	static final String SME = "seller.sme@isoko.demo";
	static final String KIGALI = "logistics.kigali@isoko.demo";
	static final String HANGZHOU = "logistics.hangzhou@isoko.demo";
	static final String NAIROBI = "logistics.nairobi@isoko.demo";

	/** A well-formed waybill number no parcel has (serials are far from the top). */
	static final String UNKNOWN = new org.isoko.logistics.documents.HouseWaybillNumber(
			org.isoko.shared.HubCode.of("KGL"), 99_999_999L)
		.value();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	private final TokenCache tokens = new TokenCache();

	ResultActions call(String email, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(SignIn.bearer(request, tokens.of(mvc, email)));
	}

	ResultActions call(String email, MockHttpServletRequestBuilder request, String json) throws Exception {
		return call(email, request.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** An order of {@code bags} 1 kg bags (1.05 kg gross) KGL→HGH, paid and accepted. */
	String acceptedOrder(String sellerOrganisation, String seller, int bags) throws Exception {
		LotFixtures.Lot lot = LotFixtures.smallBags(jdbc, sellerOrganisation, "KGL", "HGH", 100, 15_000, 1);
		jdbc.sql("DELETE FROM trade_cbec_quota_use").update();
		jdbc.sql("DELETE FROM trade_cbec_quota").update();
		String body = """
				{"lines":[{"lotId":"%s","corridorId":"%s","quantity":%d}],
				 "deliveryAddress":{"name":"Li Wei","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}}"""
			.formatted(lot.id(), lot.corridor(), bags);
		String placed = call(BUYER, post("/api/v1/orders").header("Idempotency-Key", UUID.randomUUID().toString()),
				body)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String order = JsonPath.read(placed, "$.id");
		call(BUYER,
				post("/api/v1/orders/" + order + "/payments").header("Idempotency-Key", UUID.randomUUID().toString()),
				"{\"provider\":\"DEMO\"}")
			.andExpect(status().is2xxSuccessful());
		call(seller, post("/api/v1/orders/" + order + "/acceptance")).andExpect(status().isOk());
		return order;
	}

	/** The waybill of an order's parcel, once the listener created it. */
	String waybillOf(String order) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("SELECT waybill FROM logistics_parcel WHERE order_id = :o")
				.param("o", UUID.fromString(order))
				.query(String.class)
				.optional()
				.orElse(null), w -> w != null);
	}

	String orderStatus(String order) {
		return jdbc.sql("SELECT status FROM ordering_order WHERE id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
	}

	static String corridor(JdbcClient jdbc) {
		return LotFixtures.corridor(jdbc, "KGL", "HGH").toString();
	}

}
