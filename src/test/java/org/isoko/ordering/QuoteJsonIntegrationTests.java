package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.isoko.support.LotFixtures;
import org.isoko.trade.Quote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An order's quote is turned into JSON once: the text stored with the order is the text
 * the API answers, and it is the JSON the API would write for the quote itself.
 */
class QuoteJsonIntegrationTests extends OrderingTestSupport {

	@Autowired
	QuoteJson quotes;

	@Autowired
	JsonMapper api;

	@Test
	void anApiOrderStoresAndAnswersItsQuoteFromOneText() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		long before = quotes.written();
		String body = place(BUYER, key(), order(line(lot, "2"))).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(quotes.written() - before).as("quotes turned into JSON for one order").isEqualTo(1);
		UUID id = UUID.fromString(JsonPath.read(body, "$.id"));
		String stored = jdbc.sql("SELECT quote_json FROM ordering_order WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(api.readTree(body).get("quote")).isEqualTo(api.readTree(stored));
	}

	@Test
	void theStoredTextIsWhatTheApiWritesForTheQuote() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String body = place(BUYER, key(), order(line(lot, "1"))).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode answered = api.readTree(body).get("quote");
		Quote quote = QuoteJson.read(answered.toString());
		assertThat(quote).isNotNull();
		// A fresh quote object: nothing remembered, written by the API's own mapper and
		// by
		// QuoteJson.
		assertThat(api.readTree(quotes.write(quote))).isEqualTo(api.readTree(api.writeValueAsString(quote)))
			.isEqualTo(answered);
	}

}
