package org.isoko.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * Cross-border orders for tests that run the whole application on MockMvc (logistics,
 * customs): API calls as a demo user (bearer tokens cached), an order of small coffee
 * bags KGL→HGH placed by the demo buyer in China, paid and accepted, its parcel's
 * waybill, and the states of the order and its declaration read from the database.
 */
public final class CrossBorderOrders {

	public static final String BUYER = "buyer.cn@isoko.demo";

	/** A delivery address in Hangzhou, for orders KGL→HGH. */
	public static final String HANGZHOU_ADDRESS = """
			{"name":"Li Wei","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}""";

	/** A delivery address in Nairobi, for orders KGL→NBO. */
	public static final String NAIROBI_ADDRESS = """
			{"name":"Wanjiru Kamau","phone":"+254 712 345678","line":"12 Moi Avenue","city":"Nairobi","region":"Nairobi"}""";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final LotFixtures lots;

	private final CrossBorderYears years;

	private final TokenCache tokens = new TokenCache();

	public CrossBorderOrders(MockMvc mvc, JdbcClient jdbc, LotFixtures lots, CrossBorderYears years) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.lots = lots;
		this.years = years;
	}

	public ResultActions call(String email, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(SignIn.bearer(request, tokens.of(mvc, email)));
	}

	public ResultActions call(String email, MockHttpServletRequestBuilder request, String json) throws Exception {
		return call(email, request.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/**
	 * An order of {@code bags} 1 kg bags (1.05 kg gross) KGL→HGH of the seller's
	 * organisation, placed by the buyer in China, paid and accepted by the seller.
	 */
	public String acceptedOrder(String sellerOrganisation, String seller, int bags) throws Exception {
		LotFixtures.Lot lot = lots.smallBags(sellerOrganisation, "KGL", "HGH", 100, 15_000, 1);
		years.fresh(BUYER);
		return acceptedOrder(BUYER, lot, bags, HANGZHOU_ADDRESS, seller);
	}

	/**
	 * {@code bags} units of the lot, ordered by {@code buyer} to the address, paid and
	 * accepted by {@code seller}; the order's id.
	 */
	public String acceptedOrder(String buyer, LotFixtures.Lot lot, int bags, String deliveryAddress, String seller)
			throws Exception {
		String body = """
				{"lines":[{"lotId":"%s","corridorId":"%s","quantity":%d}], "deliveryAddress":%s}""".formatted(lot.id(),
				lot.corridor(), bags, deliveryAddress);
		String placed = call(buyer, post("/api/v1/orders").header("Idempotency-Key", UUID.randomUUID().toString()),
				body)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String order = JsonPath.read(placed, "$.id");
		call(buyer,
				post("/api/v1/orders/" + order + "/payments").header("Idempotency-Key", UUID.randomUUID().toString()),
				"{\"provider\":\"DEMO\"}")
			.andExpect(status().is2xxSuccessful());
		call(seller, post("/api/v1/orders/" + order + "/acceptance")).andExpect(status().isOk());
		return order;
	}

	/** The waybill of an order's parcel, once the listener created it. */
	public String waybillOf(String order) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("SELECT waybill FROM logistics_parcel WHERE order_id = :o")
				.param("o", UUID.fromString(order))
				.query(String.class)
				.optional()
				.orElse(null), w -> w != null);
	}

	public String orderStatus(String order) {
		return jdbc.sql("SELECT status FROM ordering_order WHERE id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
	}

	public void awaitOrder(String order, String status) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(orderStatus(order)));
	}

	public List<String> orderHistory(String order) {
		return jdbc.sql("SELECT to_status FROM ordering_order_history WHERE order_id = :o ORDER BY seq")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.list();
	}

	/** The status of the order's customs declaration; null before it is declared. */
	public String declarationStatus(String order) {
		return jdbc.sql("SELECT status FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
