package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;

import org.isoko.identity.UserDirectory;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The carrier simulator plays a departed consignment's journey over real HTTP against the
 * signed webhook, duplicates and reordering included: each parcel ends DELIVERED with one
 * event per milestone, and its order DELIVERED.
 */
// The carrier plays arrival and delivery in one go, as carriers' feeds do: China's
// customs (which would take the arrived parcel in hand between the two) is kept out of
// the path here; ChinaCustomsIntegrationTests and ParcelJourneyIntegrationTests test it.
@TestPropertySource(properties = "isoko.customs.china.declare=false")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CarrierSimulatorIntegrationTests extends LogisticsTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	CarrierSimulator simulator;

	@Autowired
	UserDirectory users;

	@Test
	void theSimulatorDeliversADepartedConsignmentThroughTheWebhook() throws Exception {
		String order = acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1);
		String waybill = waybillOf(order);
		String consignment = departedConsignment(waybill, 1000);
		clock.advance(Duration.ofHours(8));

		CarrierSimulator.Played played = simulator.play(users.findByEmail(HANGZHOU).orElseThrow(),
				ConsignmentId.of(consignment), URI.create("http://127.0.0.1:" + port + "/api/v1/carrier-events"));

		assertThat(played.answers()).allMatch(a -> a.startsWith("200 "));
		assertThat(played.events()).isGreaterThan(3); // three milestones and at least one
														// resent
		call(BUYER, get("/api/v1/parcels/" + waybill)).andExpect(jsonPath("$.parcel.status").value("DELIVERED"))
			.andExpect(jsonPath("$.timeline.length()").value(7))
			.andExpect(jsonPath("$.timeline[4].milestone").value("ARRIVED_AT_DESTINATION"))
			.andExpect(jsonPath("$.timeline[6].milestone").value("DELIVERED"));
		assertThat(orderStatus(order)).isEqualTo("DELIVERED");
	}

}
