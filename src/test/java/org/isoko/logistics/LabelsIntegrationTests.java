package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Labels in one PDF: a seller's parcels still to hand to the hub (or a chosen set), and a
 * consignment's parcels for the agents of the hub it leaves from; read back with PDFBox,
 * a page per label with its waybill number. Access as for one label; nothing to print is
 * a 409 problem on the API and a message on the page.
 */
class LabelsIntegrationTests extends LogisticsTestSupport {

	@Test
	void aSellerPrintsTheLabelsOfEveryParcelStillToHandToTheHubInOnePdf() throws Exception {
		String first = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));
		String second = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 2));
		String handedOver = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));
		call(KIGALI, post("/api/v1/parcels/" + handedOver + "/intake"), "{\"measuredGrams\":1050}")
			.andExpect(status().isOk());

		Pdf pdf = pdf(call(COOP, get("/api/v1/parcels/labels").locale(Locale.ENGLISH)));
		long waiting = jdbc.sql("""
				SELECT COUNT(*) FROM logistics_parcel p WHERE p.received_at IS NULL AND p.seller_id =
				  (SELECT organisation_id FROM identity_user WHERE email = :e)""")
			.param("e", COOP)
			.query(Long.class)
			.single();
		assertThat(pdf.pages()).isEqualTo(waiting);
		assertThat(pdf.text()).contains(first, second).doesNotContain(handedOver);

		// the same from the seller's pages: a link on "My parcels" and on the order inbox
		String page = mvc.perform(get("/logistics/my-parcels").session(SignIn.session(mvc, COOP)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/logistics/my-parcels/labels.pdf\"", "id=\"labels-form\"",
				"name=\"waybill\"");
		assertThat(text(mvc.perform(get("/logistics/my-parcels/labels.pdf").session(SignIn.session(mvc, COOP)))))
			.contains(first, second)
			.doesNotContain(handedOver);
	}

	@Test
	void aSellerPrintsAChosenSetOfTheirOwnLabelsAndNoOneElses() throws Exception {
		String first = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));
		String second = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));
		String third = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));

		Pdf chosen = pdf(call(COOP, get("/api/v1/parcels/labels").param("waybill", third, first, first)));
		assertThat(chosen.pages()).isEqualTo(2);
		assertThat(chosen.text()).contains(first, third).doesNotContain(second);
		// on the page: the ticked boxes
		Pdf ticked = pdf(mvc.perform(get("/logistics/my-parcels/labels.pdf").param("waybill", second)
			.param("chosen", "true")
			.session(SignIn.session(mvc, COOP))));
		assertThat(ticked.pages()).isEqualTo(1);
		assertThat(ticked.text()).contains(second);

		// another seller learns nothing of the parcel; a malformed number is a 400
		call(SME, get("/api/v1/parcels/labels").param("waybill", first)).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		call(COOP, get("/api/v1/parcels/labels").param("waybill", "not-a-waybill")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		call(BUYER, get("/api/v1/parcels/labels")).andExpect(status().isForbidden());
		// nothing ticked on the page: back to it, with the reason
		mvc.perform(get("/logistics/my-parcels/labels.pdf").param("chosen", "true").session(SignIn.session(mvc, COOP)))
			.andExpect(redirectedUrl("/logistics/my-parcels"))
			.andExpect(flash().attribute("labelsError", "logistics.labels.noneChosen"));
		mvc.perform(get("/logistics/my-parcels/labels.pdf").param("waybill", "not-a-waybill")
			.param("chosen", "true")
			.session(SignIn.session(mvc, COOP)))
			.andExpect(redirectedUrl("/logistics/my-parcels"))
			.andExpect(flash().attribute("labelsError", "logistics.error.waybillFormat"));
	}

	@Test
	void nothingToPrintIsAProblemOnTheApiAndAMessageOnThePage() throws Exception {
		String waybill = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));
		// every parcel of the seller handed to the hub
		jdbc.sql(
				"""
						UPDATE logistics_parcel SET received_at = CURRENT_TIMESTAMP, received_by = 'test'
						WHERE received_at IS NULL AND seller_id = (SELECT organisation_id FROM identity_user WHERE email = :e)""")
			.param("e", COOP)
			.update();

		call(COOP, get("/api/v1/parcels/labels")).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("no labels to print")));
		mvc.perform(get("/logistics/my-parcels/labels.pdf").session(SignIn.session(mvc, COOP)))
			.andExpect(redirectedUrl("/logistics/my-parcels"))
			.andExpect(flash().attribute("labelsError", "logistics.labels.noneWaiting"));
		for (String lang : new String[] { "en", "fr", "rw", "zh" }) {
			mvc.perform(get("/logistics/my-parcels").param("lang", lang)
				.session(SignIn.session(mvc, COOP))
				.flashAttr("labelsError", "logistics.labels.noneWaiting"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"labels-error\"")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
		}
		// a handed-over parcel's label can still be printed again, by choice
		assertThat(pdf(call(COOP, get("/api/v1/parcels/labels").param("waybill", waybill))).text()).contains(waybill);
	}

	@Test
	void theOriginAgentPrintsAConsignmentsLabels() throws Exception {
		String first = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));
		String second = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));
		String id = consignment();
		String empty = consignment();
		for (String waybill : List.of(first, second)) {
			call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":1050}")
				.andExpect(status().isOk());
			call(KIGALI, post("/api/v1/consignments/" + id + "/parcels"), "{\"waybill\":\"" + waybill + "\"}")
				.andExpect(status().isOk());
		}

		Pdf pdf = pdf(call(KIGALI, get("/api/v1/consignments/" + id + "/labels")));
		assertThat(pdf.pages()).isEqualTo(2);
		assertThat(pdf.text()).contains(first, second);
		assertThat(text(
				mvc.perform(get("/logistics/consignments/" + id + "/labels.pdf").session(SignIn.session(mvc, KIGALI)))))
			.contains(first, second);
		mvc.perform(get("/logistics/consignments/" + id).session(SignIn.session(mvc, KIGALI)))
			.andExpect(content().string(containsString("/logistics/consignments/" + id + "/labels.pdf")));

		call(HANGZHOU, get("/api/v1/consignments/" + id + "/labels")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("KGL")));
		call(NAIROBI, get("/api/v1/consignments/" + id + "/labels")).andExpect(status().isNotFound());
		call(COOP, get("/api/v1/consignments/" + id + "/labels")).andExpect(status().isForbidden());
		call(KIGALI, get("/api/v1/consignments/" + empty + "/labels")).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/logistics/consignments/" + empty + "/labels.pdf").session(SignIn.session(mvc, KIGALI)))
			.andExpect(redirectedUrl("/logistics/consignments/" + empty))
			.andExpect(flash().attribute("actionError", "logistics.labels.emptyConsignment"));
	}

	/** An open truck consignment KGL→HGH leaving in a day. */
	private String consignment() throws Exception {
		String body = """
				{"corridor":"%s","mode":"TRUCK","cutoffAt":"%s","capacityGrams":500000,"capacityPieces":100,
				 "masterWaybill":"LBL-%s"}""".formatted(corridor(), clock.instant().plus(Duration.ofDays(1)),
				java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
		return JsonPath.read(call(KIGALI, post("/api/v1/consignments"), body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	record Pdf(int pages, String text) {
	}

	private static Pdf pdf(ResultActions result) throws Exception {
		byte[] bytes = result.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new Pdf(document.getNumberOfPages(), new PDFTextStripper().getText(document));
		}
		catch (IOException e) {
			throw new AssertionError("Not a PDF: " + e.getMessage(), e);
		}
	}

	private static String text(ResultActions result) throws Exception {
		return pdf(result).text();
	}

}
