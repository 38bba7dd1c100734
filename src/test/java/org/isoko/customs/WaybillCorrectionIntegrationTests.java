package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * The seller corrects the weight of a waybill customs held: only the order's seller, only
 * a sane weight, only while the declaration is open; the correction is recorded and goes
 * to customs as an amended CEB511 (a message of its own), the documents are matched again
 * and the MISMATCH risk clears. Without an officer's hold, customs then releases the
 * parcel itself; with one, the officer does.
 */
class WaybillCorrectionIntegrationTests extends CustomsTestSupport {

	@Test
	void theSellerCorrectsTheWeightAndCustomsReleasesTheAmendedDeclaration() throws Exception {
		String order = heldOrder(); // 3.1 kg on the waybill, 2.1 kg declared
		String path = "/api/v1/orders/" + order + "/customs";

		call(BUYER, get(path)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.waybillGrams").value(3100))
			.andExpect(jsonPath("$.declaredGrams").value(2100))
			.andExpect(jsonPath("$.weightDisagrees").value(true))
			.andExpect(jsonPath("$.correctable").value(false));
		call(COOP, get(path)).andExpect(jsonPath("$.correctable").value(true));
		call(SME, get(path)).andExpect(status().isNotFound());
		call(KIGALI, get(path)).andExpect(status().isNotFound());

		// Refused: not the seller, no weight, out of range; nothing changes.
		call(BUYER, put(path + "/waybill-weight"), "{\"weightGrams\":2100}").andExpect(status().isForbidden());
		call(SME, put(path + "/waybill-weight"), "{\"weightGrams\":2100}").andExpect(status().isNotFound());
		for (String bad : List.of("{}", "{\"weightGrams\":0}", "{\"weightGrams\":-5}", "{\"weightGrams\":70001}")) {
			call(COOP, put(path + "/waybill-weight"), bad).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(content().string(Matchers.containsString("weightGrams")));
		}
		assertThat(waybills(order)).hasSize(1);

		call(COOP, put(path + "/waybill-weight"), "{\"weightGrams\":2100}").andExpect(status().isOk())
			.andExpect(jsonPath("$.waybillGrams").value(2100))
			.andExpect(jsonPath("$.weightDisagrees").value(false))
			.andExpect(jsonPath("$.corrections[0].previousGrams").value(3100))
			.andExpect(jsonPath("$.corrections[0].correctedGrams").value(2100));

		// A message of its own: revision 1, its own guid, appType 2 (amendment); the
		// first
		// stays as it was.
		List<String> bodies = waybills(order);
		assertThat(bodies).hasSize(2);
		assertThat(bodies.get(0)).contains("<ceb:weight>3.100</ceb:weight>").contains("<ceb:appType>1</ceb:appType>");
		assertThat(bodies.get(1)).contains("<ceb:weight>2.100</ceb:weight>").contains("<ceb:appType>2</ceb:appType>");
		assertThat(declarationReasons(order)).contains(WaybillCorrections.CORRECTED_KEY);
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'CUSTOMS_WAYBILL_CORRECTED' "
					+ "AND details LIKE '%3.100 kg → 2.100 kg%'")
			.query(Long.class)
			.single()).isEqualTo(1);

		// Customs matches the amended documents and releases the parcel.
		awaitOrder(order, "CLEARED");
		assertThat(declarationStatus(order)).isEqualTo("RELEASED");
		String orderNo = jdbc.sql("SELECT order_no FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customs_sim_message WHERE order_no = :n")
			.param("n", orderNo)
			.query(Long.class)
			.single()).isEqualTo(5);

		// The officer's view: no mismatch any more.
		call(OFFICER, get("/api/v1/customs/declarations/" + declarationOf(order))).andExpect(status().isOk())
			.andExpect(jsonPath("$.item.risks").value(Matchers.not(Matchers.hasItem("MISMATCH"))));

		// Released: no more corrections; the same weight again is no change.
		call(COOP, put(path + "/waybill-weight"), "{\"weightGrams\":2100}").andExpect(status().isOk());
		call(COOP, put(path + "/waybill-weight"), "{\"weightGrams\":2200}").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(waybills(order)).hasSize(2);
	}

	@Test
	void underAnOfficersHoldTheCorrectionClearsTheMismatchAndTheOfficerReleases() throws Exception {
		String order = heldOrder();
		String declaration = declarationOf(order);
		String officerPath = "/api/v1/customs/declarations/" + declaration;
		call(OFFICER, get(officerPath)).andExpect(jsonPath("$.item.risks").value(Matchers.hasItem("MISMATCH")));
		call(OFFICER, post(officerPath + "/hold"), "{\"reason\":\"DOCUMENT_REQUESTED\",\"note\":\"Waybill weight\"}")
			.andExpect(status().isOk());

		// The seller's page shows the reason and the form; a refused weight is shown by
		// the
		// field.
		MockHttpSession seller = SignIn.session(mvc, COOP);
		mvc.perform(get("/orders/" + order + "/customs?lang=zh").session(seller))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("海关扣留：需补交单证")))
			.andExpect(content().string(Matchers.containsString("id=\"correct-form\"")));
		mvc.perform(post("/orders/" + order + "/customs/waybill-weight").session(seller)
			.with(csrf())
			.param("weightGrams", "abc")).andExpect(flash().attribute("weightError", "customs.error.weightGrams"));
		mvc.perform(post("/orders/" + order + "/customs/waybill-weight").session(seller)
			.with(csrf())
			.param("weightGrams", "2100")).andExpect(flash().attribute("notice", "customs.notice.corrected"));
		MockHttpSession buyer = SignIn.session(mvc, BUYER);
		mvc.perform(get("/orders/" + order + "/customs?lang=en").session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"correct-form\""))))
			.andExpect(content().string(Matchers.containsString("The seller corrected the waybill")));

		// Customs' match agrees now, but the officer's hold stands until the officer
		// releases.
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> declarationReasons(order).contains(CustomsReceipts.MATCH_AGREES_KEY));
		assertThat(declarationStatus(order)).isEqualTo("HELD");
		call(OFFICER, get(officerPath))
			.andExpect(jsonPath("$.item.risks").value(Matchers.not(Matchers.hasItem("MISMATCH"))))
			.andExpect(
					jsonPath("$.documents.rows[?(@.key == 'weight')].cells[2].value").value(Matchers.hasItem("2.100")));
		call(OFFICER, post(officerPath + "/release")).andExpect(status().isOk());
		assertThat(orderStatus(order)).isEqualTo("CLEARED");
	}

	private List<String> waybills(String order) {
		return jdbc.sql("""
				SELECT o.body FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id = :o AND o.message_type = 'CEB511' ORDER BY o.revision""")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.list();
	}

}
