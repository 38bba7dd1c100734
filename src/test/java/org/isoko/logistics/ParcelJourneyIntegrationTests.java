package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.jayway.jsonpath.JsonPath;

/**
 * A parcel's journey through the API as its users meet it: the label when the seller
 * accepts, intake at Kigali (idempotent, another hub refused), a consignment planned,
 * refused past its capacity and cut-off, departed, arrived and delivered at Hangzhou; the
 * order follows (SHIPPED, DELIVERED) and the public page shows milestones only.
 */
// The journey of the carrier and the hubs, without China's customs in the path (the
// agents post delivery right after arrival): ChinaCustomsIntegrationTests covers a
// cross-border parcel declared, released and then delivered.
@TestPropertySource(properties = "isoko.customs.china.declare=false")
class ParcelJourneyIntegrationTests extends LogisticsTestSupport {

	@Test
	void anAcceptedOrderGetsAParcelWithItsDeclaredWeightAndALabelCreatedEvent() throws Exception {
		String order = acceptedOrder(LotFixtures_COOP, COOP, 3);
		String waybill = waybillOf(order);
		assertThat(Waybill.of(waybill).value()).isEqualTo(waybill);
		call(COOP, get("/api/v1/orders/" + order + "/parcel")).andExpect(status().isOk())
			.andExpect(jsonPath("$.parcel.waybill").value(waybill))
			.andExpect(jsonPath("$.parcel.declaredGrams").value(3 * 1_050))
			.andExpect(jsonPath("$.parcel.declaredPieces").value(3))
			.andExpect(jsonPath("$.parcel.status").value("LABEL_CREATED"))
			.andExpect(jsonPath("$.timeline[0].milestone").value("LABEL_CREATED"));
		call(BUYER, get("/api/v1/parcels/" + waybill)).andExpect(status().isOk());
		call(SME, get("/api/v1/parcels/" + waybill)).andExpect(status().isNotFound());
	}

	@Test
	void theSellerPrintsTheLabelInItsLanguageAndTheDestinations() throws Exception {
		String order = acceptedOrder(LotFixtures_COOP, COOP, 2);
		String waybill = waybillOf(order);
		byte[] pdf = call(COOP, get("/api/v1/parcels/" + waybill + "/label").locale(java.util.Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains(waybill, "Shipping label", "运单标签", "Li Wei", "2.1");
		}
		call(BUYER, get("/api/v1/parcels/" + waybill + "/label")).andExpect(status().isForbidden());
	}

	@Test
	void intakeIsIdempotentRefusesOtherHubsAndShipsTheOrder() throws Exception {
		String order = acceptedOrder(LotFixtures_COOP, COOP, 2);
		String waybill = waybillOf(order);
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":2100}")
			.andExpect(status().isForbidden())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("leaves from hub KGL")));
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":0}")
			.andExpect(status().isBadRequest());
		call(KIGALI, post("/api/v1/parcels/" + UNKNOWN + "/intake"), "{\"measuredGrams\":100}")
			.andExpect(status().isNotFound());
		assertThat(orderStatus(order)).isEqualTo("ACCEPTED");

		String intake = """
				{"measuredGrams":2100,"lengthMm":300,"widthMm":200,"heightMm":150}""";
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), intake).andExpect(status().isOk())
			.andExpect(jsonPath("$.alreadyReceived").value(false))
			.andExpect(jsonPath("$.parcel.status").value("RECEIVED_AT_ORIGIN"))
			.andExpect(jsonPath("$.parcel.overweight").doesNotExist());
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":9999}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.alreadyReceived").value(true))
			.andExpect(jsonPath("$.parcel.measuredGrams").value(2100));
		assertThat(orderStatus(order)).isEqualTo("SHIPPED");
		call(COOP, get("/api/v1/parcels/" + waybill)).andExpect(jsonPath("$.timeline.length()").value(2));
	}

	@Test
	void aParcelHeavierThanDeclaredIsFlaggedWithTheFreightTheExcessCosts() throws Exception {
		String order = acceptedOrder(LotFixtures_COOP, COOP, 2); // declared 2.1 kg
		String waybill = waybillOf(order);
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":3100}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parcel.overweight.minorUnits").isNumber());
		call(COOP, get("/api/v1/parcels/" + waybill))
			.andExpect(jsonPath("$.timeline[1].reason", containsString("Heavier than declared")));
	}

	@Test
	void consignmentsArePlannedRefusedPastCapacityAndCutOffAndCarryTheParcelToDelivery() throws Exception {
		String order = acceptedOrder(LotFixtures_COOP, COOP, 2);
		String waybill = waybillOf(order);
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":2000}")
			.andExpect(status().isOk());
		String corridor = corridor();
		String cutoff = clock.instant().plus(Duration.ofHours(2)).toString();
		call(KIGALI, post("/api/v1/consignments"), """
				{"corridor":"%s","mode":"FLIGHT","cutoffAt":"%s","capacityGrams":1000,"capacityPieces":10,
				 "masterWaybill":"176-12345670"}""".formatted(corridor, cutoff)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("check digit")));
		String tiny = id(call(KIGALI, post("/api/v1/consignments"),
				"""
						{"corridor":"%s","mode":"TRUCK","cutoffAt":"%s","capacityGrams":1000,"capacityPieces":10}"""
					.formatted(corridor, cutoff))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		call(KIGALI, post("/api/v1/consignments/" + tiny + "/parcels"), "{\"waybill\":\"" + waybill + "\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("capacity")));
		call(KIGALI, post("/api/v1/consignments/" + tiny + "/close")).andExpect(status().isOk());

		String flight = id(call(KIGALI, post("/api/v1/consignments"), """
				{"corridor":"%s","mode":"FLIGHT","cutoffAt":"%s","capacityGrams":500000,"capacityPieces":200,
				 "masterWaybill":"176 12345675"}""".formatted(corridor, cutoff)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.masterWaybill").value("176-12345675"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		call(HANGZHOU, post("/api/v1/consignments").param("x", "y"), """
				{"corridor":"%s","mode":"FLIGHT","cutoffAt":"%s","capacityGrams":500000,"capacityPieces":200}"""
			.formatted(corridor, cutoff)).andExpect(status().isForbidden());
		call(KIGALI, get("/api/v1/consignments/plan").param("corridor", corridor)).andExpect(status().isOk())
			.andExpect(jsonPath("$.loads['" + flight + "']", org.hamcrest.Matchers.hasItem(waybill)));
		call(KIGALI, post("/api/v1/consignments/plan").param("corridor", corridor)).andExpect(status().isOk());
		call(COOP, get("/api/v1/parcels/" + waybill)).andExpect(jsonPath("$.parcel.status").value("IN_CONSIGNMENT"));

		// a late parcel after the cut-off
		String late = waybillOf(acceptedOrder(LotFixtures_COOP, COOP, 1));
		call(KIGALI, post("/api/v1/parcels/" + late + "/intake"), "{\"measuredGrams\":1000}")
			.andExpect(status().isOk());
		clock.advance(Duration.ofHours(3));
		call(KIGALI, post("/api/v1/consignments/" + flight + "/parcels"), "{\"waybill\":\"" + late + "\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("cut-off")));

		call(KIGALI, post("/api/v1/consignments/" + flight + "/depart")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEPARTED"));
		call(KIGALI, post("/api/v1/consignments/" + flight + "/arrive")).andExpect(status().isForbidden());
		call(HANGZHOU, post("/api/v1/consignments/" + flight + "/arrive")).andExpect(status().isOk());
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"OUT_FOR_DELIVERY\"}")
			.andExpect(status().isOk());
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"EXCEPTION\"}")
			.andExpect(status().isBadRequest());
		call(NAIROBI, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"DELIVERED\"}")
			.andExpect(status().isForbidden());
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"DELIVERED\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parcel.status").value("DELIVERED"));
		assertThat(orderStatus(order)).isEqualTo("DELIVERED");

		String tracking = mvc.perform(get("/api/v1/tracking/" + waybill))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DELIVERED"))
			.andExpect(jsonPath("$.events.length()").value(7))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tracking).doesNotContain("Li Wei", "Wensan", "Liu Yang", "Abahuzamugambi");
		mvc.perform(get("/api/v1/tracking/" + UNKNOWN)).andExpect(status().isNotFound());
	}

	static String id(String json) {
		return JsonPath.read(json, "$.id");
	}

	static final String LotFixtures_COOP = org.isoko.support.LotFixtures.COOPERATIVE;

}
