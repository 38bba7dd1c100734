package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.jayway.jsonpath.JsonPath;

/**
 * Freight money at the origin hub: departing a consignment publishes
 * {@link ConsignmentDeparted} with each order's freight as its buyer paid it (the
 * payments module pays it to the carrier, see {@code DepartureFreightIntegrationTests}),
 * and the hub sees the margin — freight collected less the carrier's cost — per
 * consignment and per corridor, in the API and on a page in the reader's language.
 */
@RecordApplicationEvents
class FreightMarginsIntegrationTests extends LogisticsTestSupport {

	static final String OPERATOR = "operator.kigali@isoko.demo";

	@Autowired
	ApplicationEvents events;

	@Test
	void departingPaysTheBuyersFreightAndTheHubSeesItsMarginPerConsignmentAndCorridor() throws Exception {
		String order = acceptedOrder(LotFixtures.COOPERATIVE, COOP, 2);
		String waybill = waybillOf(order);
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":2100}")
			.andExpect(status().isOk());
		String mawb = "TRK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
		String created = call(KIGALI, post("/api/v1/consignments"), """
				{"corridor":"%s","mode":"TRUCK","cutoffAt":"%s","capacityGrams":500000,"capacityPieces":200,
				 "masterWaybill":"%s"}""".formatted(corridor(), clock.instant().plus(Duration.ofHours(2)), mawb))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		call(KIGALI, post("/api/v1/consignments/" + id + "/parcels"), "{\"waybill\":\"" + waybill + "\"}")
			.andExpect(status().isOk());
		String view = call(KIGALI, get("/api/v1/consignments/" + id)).andReturn().getResponse().getContentAsString();
		long collected = ((Number) JsonPath.read(view, "$.freightCollected.minorUnits")).longValue();
		String currency = JsonPath.read(view, "$.freightCollected.currency");
		long charged = jdbc.sql("SELECT freight_minor FROM ordering_order WHERE id = :o")
			.param("o", UUID.fromString(order))
			.query(Long.class)
			.single();
		assertThat(collected).isEqualTo(charged).isPositive();
		long cost = collected / 3;
		call(KIGALI, put("/api/v1/consignments/" + id + "/carrier-cost"), """
				{"carrier":"Kigali Road Freight","cost":{"minorUnits":%d,"currency":"%s"}}""".formatted(cost, currency))
			.andExpect(status().isOk());

		call(KIGALI, post("/api/v1/consignments/" + id + "/depart")).andExpect(status().isOk());
		call(KIGALI, post("/api/v1/consignments/" + id + "/depart")).andExpect(status().isConflict());

		List<ConsignmentDeparted> departed = events.stream(ConsignmentDeparted.class)
			.filter(e -> e.consignment().value().toString().equals(id))
			.toList();
		assertThat(departed).hasSize(1);
		assertThat(departed.get(0).carrier()).isEqualTo("Kigali Road Freight");
		assertThat(departed.get(0).orders()).singleElement().satisfies(freight -> {
			assertThat(freight.order()).isEqualTo(new OrderId(UUID.fromString(order)));
			assertThat(freight.freight().minorUnits()).isEqualTo(charged);
			assertThat(freight.freight().currency().value()).isEqualTo(currency);
		});

		String report = call(OPERATOR, get("/api/v1/freight-margins").param("size", "100")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> mine = JsonPath.read(report,
				"$.consignments.items[?(@.consignment.masterWaybill == '" + mawb + "')]");
		assertThat(mine).singleElement()
			.satisfies(m -> assertThat(JsonPath.<Number>read(m, "$.margin.minorUnits").longValue())
				.isEqualTo(collected - cost));
		List<Map<String, Object>> corridor = JsonPath.read(report,
				"$.corridors[?(@.origin == 'KGL' && @.destination == 'HGH' && @.currency == '" + currency + "')]");
		assertThat(corridor).singleElement().satisfies(c -> {
			long in = JsonPath.<Number>read(c, "$.freightCollected.minorUnits").longValue();
			long out = JsonPath.<Number>read(c, "$.carrierCost.minorUnits").longValue();
			assertThat(JsonPath.<Number>read(c, "$.margin.minorUnits").longValue()).isEqualTo(in - out);
			assertThat(in).isGreaterThanOrEqualTo(collected);
		});
		String hangzhou = call(HANGZHOU, get("/api/v1/freight-margins").param("size", "100")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(hangzhou).doesNotContain(mawb);
		call(BUYER, get("/api/v1/freight-margins")).andExpect(status().isForbidden());

		mvc.perform(get("/logistics/margins").param("lang", "fr").session(SignIn.session(mvc, OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Marges sur le fret du hub KGL")))
			.andExpect(content().string(containsString(mawb)))
			.andExpect(content().string(containsString("id=\"corridor-margins\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

}
