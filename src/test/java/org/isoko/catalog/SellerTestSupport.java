package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.isoko.network.Network;
import org.isoko.shared.HubCode;
import org.isoko.support.SignIn;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The whole application with demo data, driven over HTTP as sellers and their programs
 * meet it.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SellerTestSupport {

	static final String COOP = "seller.coop@isoko.demo";
	static final String COOP2 = "seller.coop2@isoko.demo";
	static final String SME = "seller.sme@isoko.demo";
	static final String CHINESE_SELLER = "seller.cn@isoko.demo";
	static final String PENDING = "seller.pending@isoko.demo";
	static final String BUYER = "buyer.cn@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Network network;

	/**
	 * A new Rwandan tea cooperative, registered through the API and waiting for
	 * verification; its login (the phone number) signs in with the demo password. A fresh
	 * one per test, so that what it drafts changes no other test's pending seller.
	 */
	String registerPendingSeller() throws Exception {
		String phone = "+250788"
				+ String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
		mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"COOPERATIVE","organisationName":"Draft Tea Growers %s","displayName":"Draft Grower",
				 "password":"%s","country":"RW","phone":"%s"}""".formatted(phone, SignIn.DEMO_PASSWORD, phone)))
			.andExpect(status().isCreated());
		return phone;
	}

	String token(String email) throws Exception {
		return SignIn.token(mvc, email);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token, String body) {
		return SignIn.bearer(request, token).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	/** Rows of every catalog table, to show that a refused request changed nothing. */
	String catalogRows() {
		return count("catalog_product") + "/" + count("catalog_product_text") + "/" + count("catalog_lot") + "/"
				+ count("catalog_lot_document") + "/" + count("catalog_listing") + "/"
				+ jdbc
					.sql("SELECT COALESCE(SUM(available), 0) || '-' || COALESCE(SUM(quantity_total), 0) "
							+ "|| '-' || COALESCE(SUM(price_minor), 0) FROM catalog_lot")
					.query(String.class)
					.single()
				+ "/"
				+ jdbc.sql("SELECT COUNT(*) FROM catalog_listing WHERE status = 'PAUSED'").query(Long.class).single();
	}

	String corridorId(String origin, String destination) {
		return network.corridor(HubCode.of(origin), HubCode.of(destination)).orElseThrow().id().toString();
	}

	String lotId(String reference) {
		return jdbc.sql("SELECT id FROM catalog_lot WHERE reference = :reference")
			.param("reference", reference)
			.query(UUID.class)
			.single()
			.toString();
	}

	int available(String lotId) {
		return jdbc.sql("SELECT available FROM catalog_lot WHERE id = :id")
			.param("id", UUID.fromString(lotId))
			.query(Integer.class)
			.single();
	}

	int total(String lotId) {
		return jdbc.sql("SELECT quantity_total FROM catalog_lot WHERE id = :id")
			.param("id", UUID.fromString(lotId))
			.query(Integer.class)
			.single();
	}

	String createProduct(String token, String body) throws Exception {
		String response = mvc.perform(json(post("/api/v1/products"), token, body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(response, "$.id");
	}

	String greenCoffeeProduct(String token) throws Exception {
		return createProduct(token,
				"""
						{"category":"GREEN_COFFEE","hsCode":"0901.11","unitOfSale":"60 kg bag of green coffee","netWeightGrams":60000,
						 "grossWeightGrams":60700,"texts":[{"language":"en","name":"Test green coffee","description":"Fully washed"},
						 {"language":"zh","name":"测试咖啡生豆","description":"水洗"}]}""");
	}

	static String lotJson(String productId, String reference, String quantity, String amount, @Nullable String extra) {
		return """
				{"productId":"%s","reference":"%s","quantity":%s,"unitPrice":{"amount":%s,"currency":"RWF"},"minOrderQuantity":1,
				 "provenance":{"country":"RW","region":"Huye District","producerName":"Test washing station","producerKind":"WASHING_STATION",
				 "harvestedOn":"2026-06-01"},
				 "coffee":{"process":"FULLY_WASHED","grade":"A1","cupScore":86.5,"altitudeMeters":1800}%s}"""
			.formatted(productId, reference, quantity, amount, extra == null ? "" : "," + extra);
	}

	String createLot(String token, String body) throws Exception {
		String response = mvc.perform(json(post("/api/v1/lots"), token, body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(response, "$.id");
	}

	/**
	 * A problem+json answer with the status, naming {@code field} in its errors when
	 * given.
	 */
	static void expectProblem(ResultActions result, int status, @Nullable String field) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		if (field != null) {
			result.andExpect(jsonPath("$.errors[*].field", Matchers.hasItem(field)));
		}
	}

	static void assertUnchanged(String before, String after) {
		assertThat(after).as("catalog rows after a refused request").isEqualTo(before);
	}

}
