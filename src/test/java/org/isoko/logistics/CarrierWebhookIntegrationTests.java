package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * The carrier webhook: signed, timestamped batches; the same events sent again, and sent
 * in a shuffled order, leave one timeline in time order, and the delivery moves the order
 * once.
 */
// The carrier plays arrival and delivery in one go, as carriers' feeds do: China's
// customs (which would take the arrived parcel in hand between the two) is kept out of
// the path here; ChinaCustomsIntegrationTests and ParcelJourneyIntegrationTests test it.
@TestPropertySource(properties = "isoko.customs.china.declare=false")
class CarrierWebhookIntegrationTests extends LogisticsTestSupport {

	@Autowired
	LogisticsSettings settings;

	@Test
	void duplicatedAndReorderedEventsTakeEffectOnceInTimeOrder() throws Exception {
		String order = acceptedOrder(org.isoko.support.LotFixtures.COOPERATIVE, COOP, 1);
		String waybill = waybillOf(order);
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":1000}");
		Instant start = clock.instant();
		List<String> events = new ArrayList<>();
		String[] milestones = { "DEPARTED", "ARRIVED_AT_DESTINATION", "OUT_FOR_DELIVERY", "DELIVERED" };
		for (int i = 0; i < milestones.length; i++) {
			events.add(event("evt-" + waybill + "-" + i, waybill, milestones[i], start.plus(Duration.ofHours(i + 1))));
		}
		clock.advance(Duration.ofHours(5));
		long seed = System.nanoTime();
		System.out.println("CarrierWebhookIntegrationTests seed " + seed);
		List<String> shuffled = new ArrayList<>(events);
		shuffled.addAll(events.subList(1, 3)); // duplicates within the batch
		Collections.shuffle(shuffled, new Random(seed));
		send(shuffled.subList(0, 3)).andExpect(status().isOk());
		send(shuffled.subList(3, shuffled.size())).andExpect(status().isOk());
		send(events).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.duplicates").value(4));

		String json = call(COOP, get("/api/v1/parcels/" + waybill)).andReturn().getResponse().getContentAsString();
		List<String> timeline = JsonPath.read(json, "$.timeline[*].milestone");
		assertThat(timeline).containsExactly("LABEL_CREATED", "RECEIVED_AT_ORIGIN", "DEPARTED",
				"ARRIVED_AT_DESTINATION", "OUT_FOR_DELIVERY", "DELIVERED");
		assertThat((String) JsonPath.read(json, "$.parcel.status")).isEqualTo("DELIVERED");
		assertThat(orderStatus(order)).isEqualTo("DELIVERED");
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM ordering_order_history WHERE order_id = CAST(:o AS UUID) "
					+ "AND to_status = 'DELIVERED'")
			.param("o", order)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void unsignedStaleOrTamperedCallsAreRefusedAndChangeNothing() throws Exception {
		String waybill = waybillOf(acceptedOrder(org.isoko.support.LotFixtures.COOPERATIVE, COOP, 1));
		String body = delivery(List.of(event("evt-x-" + waybill, waybill, "DEPARTED", clock.instant())));
		long now = clock.instant().getEpochSecond();
		mvc.perform(post("/api/v1/carrier-events").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/carrier-events").contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("DEPARTED", "DELIVERED"))
			.header(CarrierSignature.TIMESTAMP_HEADER, now)
			.header(CarrierSignature.SIGNATURE_HEADER, sign(now, body))).andExpect(status().isUnauthorized());
		long stale = now - 3600;
		mvc.perform(post("/api/v1/carrier-events").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header(CarrierSignature.TIMESTAMP_HEADER, stale)
			.header(CarrierSignature.SIGNATURE_HEADER, sign(stale, body))).andExpect(status().isUnauthorized());
		call(COOP, get("/api/v1/parcels/" + waybill)).andExpect(jsonPath("$.timeline.length()").value(1));
	}

	ResultActions send(List<String> events) throws Exception {
		String body = delivery(events);
		long now = clock.instant().getEpochSecond();
		return mvc.perform(post("/api/v1/carrier-events").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header(CarrierSignature.TIMESTAMP_HEADER, now)
			.header(CarrierSignature.SIGNATURE_HEADER, sign(now, body)));
	}

	String sign(long timestamp, String body) {
		return CarrierSignature.sign(settings.carrierSecret(), timestamp, body.getBytes(StandardCharsets.UTF_8));
	}

	static String delivery(List<String> events) {
		return "{\"carrier\":\"Hangzhou Last Mile\",\"events\":[" + String.join(",", events) + "]}";
	}

	static String event(String id, String waybill, String milestone, Instant at) {
		return """
				{"id":"%s","waybill":"%s","milestone":"%s","occurredAt":"%s","location":"HGH","code":"SCAN"}"""
			.formatted(id, waybill, milestone, at);
	}

}
