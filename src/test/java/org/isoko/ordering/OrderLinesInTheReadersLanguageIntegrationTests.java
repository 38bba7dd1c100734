package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import com.jayway.jsonpath.JsonPath;

/**
 * An order keeps its lines as the buyer read them; the seller and the hub operator read
 * them in their own language (a Rwandan seller no longer reads the Chinese buyer's
 * "水洗波旁咖啡").
 */
class OrderLinesInTheReadersLanguageIntegrationTests extends OrderingTestSupport {

	static final String ENGLISH_NAME = "Fully washed Bourbon, test lot";

	static final String CHINESE_NAME = "水洗波旁咖啡（测试批次）";

	@Test
	void theSellerAndTheHubOperatorReadAChineseBuyersOrderInTheirOwnLanguage() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String created = mvc
			.perform(SignIn
				.bearer(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/orders")
					.contentType(MediaType.APPLICATION_JSON)
					.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
					.header("Idempotency-Key", key())
					.content(order(line(lot, "1"))), token(BUYER)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String order = JsonPath.read(created, "$.id");
		assertThat(jdbc.sql("SELECT product_name FROM ordering_order_line WHERE order_id = :id")
			.param("id", java.util.UUID.fromString(order))
			.query(String.class)
			.single()).as("the order keeps the line as the buyer read it").isEqualTo(CHINESE_NAME);

		assertThat(page("/seller/orders/" + order + "?lang=en", SignIn.session(mvc, COOP))).contains(ENGLISH_NAME)
			.doesNotContain(CHINESE_NAME);
		assertThat(page("/operator/orders/" + order + "?lang=en", SignIn.session(mvc, "operator.kigali@isoko.demo")))
			.contains(ENGLISH_NAME)
			.doesNotContain(CHINESE_NAME);
		// The buyer still reads the line as ordered.
		assertThat(page("/orders/" + order + "?lang=en", SignIn.session(mvc, BUYER))).contains(CHINESE_NAME);
	}

	private String page(String path, MockHttpSession session) throws Exception {
		return mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
