package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import com.jayway.jsonpath.JsonPath;

/**
 * The views of a hub's users: parcels stuck at a milestone longer than its threshold (API
 * and page), the seller's parcel list with label and timeline links, and the destination
 * agent's arrivals, deliveries and exceptions, in the four languages.
 */
class HubViewsIntegrationTests extends LogisticsTestSupport {

	static final String OPERATOR = "operator.kigali@isoko.demo";

	@Test
	void aParcelLongerAtItsMilestoneThanTheThresholdIsStuckForItsHubsOnly() throws Exception {
		// The old parcel's label was made 3 days and an hour ago (the default threshold
		// is
		// 3 days): the clock goes back for it and returns, so that the shared database
		// never holds rows from the future for the tests that follow.
		Duration back = Duration.ofDays(3).plusHours(1);
		clock.advance(back.negated());
		String old;
		try {
			old = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));
		}
		finally {
			clock.advance(back);
		}
		String fresh = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));

		List<String> kigali = stuck(OPERATOR);
		assertThat(kigali).contains(old).doesNotContain(fresh);
		assertThat(stuck(HANGZHOU)).contains(old);
		assertThat(stuck(NAIROBI)).doesNotContain(old);
		call(BUYER, get("/api/v1/parcels/stuck")).andExpect(status().isForbidden());

		// received: the parcel moves on and is no longer stuck (2 days at
		// RECEIVED_AT_ORIGIN)
		call(KIGALI, post("/api/v1/parcels/" + old + "/intake"), "{\"measuredGrams\":1050}").andExpect(status().isOk());
		assertThat(stuck(OPERATOR)).doesNotContain(old);

		mvc.perform(get("/logistics/stuck").param("lang", "zh").session(SignIn.session(mvc, OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("KGL 枢纽滞留的包裹")))
			.andExpect(content().string(containsString("id=\"stuck-thresholds\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void theSellerListsItsParcelsWithTheLabelAndTheTimeline() throws Exception {
		String waybill = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 2));
		for (String lang : new String[] { "en", "fr", "rw", "zh" }) {
			mvc.perform(get("/logistics/my-parcels").param("lang", lang).session(SignIn.session(mvc, COOP)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/parcels/" + waybill + "/label.pdf")))
				.andExpect(content().string(containsString("href=\"/parcels/" + waybill + "\"")))
				.andExpect(content().string(not(containsString("??"))));
		}
		mvc.perform(get("/logistics/my-parcels").session(SignIn.session(mvc, SME)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(waybill))));
		mvc.perform(get("/logistics/my-parcels").session(SignIn.session(mvc, BUYER))).andExpect(status().isForbidden());
	}

	@Test
	void theDestinationAgentSeesConsignmentsExpectedAndArrivedAndParcelsOutForDelivery() throws Exception {
		String waybill = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":1050}")
			.andExpect(status().isOk());
		String mawb = "TRK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		String id = JsonPath.read(call(KIGALI, post("/api/v1/consignments"), """
				{"corridor":"%s","mode":"TRUCK","cutoffAt":"%s","capacityGrams":500000,"capacityPieces":200,
				 "masterWaybill":"%s"}""".formatted(corridor(), clock.instant().plus(Duration.ofHours(2)), mawb))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		call(KIGALI, post("/api/v1/consignments/" + id + "/parcels"), "{\"waybill\":\"" + waybill + "\"}")
			.andExpect(status().isOk());
		call(KIGALI, post("/api/v1/consignments/" + id + "/depart")).andExpect(status().isOk());
		MockHttpSession hangzhou = SignIn.session(mvc, HANGZHOU);

		String expected = page(hangzhou, "fr");
		assertThat(section(expected, "consignments-expected")).contains(mawb);
		assertThat(expected).contains("Arrivées au hub HGH");

		call(HANGZHOU, post("/api/v1/consignments/" + id + "/arrive")).andExpect(status().isOk());
		// A second later each time, so that this parcel is the newest in its list: the
		// lists
		// show the latest 20, and other tests of this context move hundreds of parcels at
		// the
		// test clock's time.
		clock.advance(Duration.ofSeconds(1));
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"OUT_FOR_DELIVERY\"}")
			.andExpect(status().isOk());
		String arrived = page(hangzhou, "rw");
		assertThat(section(arrived, "consignments-arrived")).contains(mawb);
		assertThat(section(arrived, "consignments-expected")).doesNotContain(mawb);
		assertThat(section(arrived, "parcels-OUT_FOR_DELIVERY")).contains(waybill);
		assertThat(section(arrived, "parcels-DELIVERED")).doesNotContain(waybill);

		clock.advance(Duration.ofSeconds(1));
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"DELIVERED\"}")
			.andExpect(status().isOk());
		String delivered = page(hangzhou, "zh");
		assertThat(section(delivered, "parcels-DELIVERED")).contains(waybill);
		assertThat(section(delivered, "parcels-OUT_FOR_DELIVERY")).doesNotContain(waybill);
		assertThat(delivered).contains("HGH 枢纽到达").doesNotContain("??");
		assertThat(page(SignIn.session(mvc, KIGALI), "en")).doesNotContain(mawb);
	}

	private String page(MockHttpSession session, String lang) throws Exception {
		return mvc.perform(get("/logistics/arrivals").param("lang", lang).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The HTML of the section with this id. */
	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section %s", id).isNotNegative();
		int end = html.indexOf("</section>", start);
		return html.substring(start, end);
	}

	/** Every stuck waybill the user's hub has, over all pages. */
	private List<String> stuck(String user) throws Exception {
		List<String> all = new ArrayList<>();
		for (int page = 0;; page++) {
			String json = call(user, get("/api/v1/parcels/stuck").param("page", "" + page).param("size", "100"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> items = JsonPath.read(json, "$.items[*].parcel.waybill");
			all.addAll(items);
			if (items.size() < 100) {
				return all;
			}
		}
	}

}
