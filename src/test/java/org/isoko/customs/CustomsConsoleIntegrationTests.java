package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.springframework.mock.web.MockHttpSession;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

/**
 * The customs officer's console on a parcel customs held (its waybill weight disagrees):
 * only the officers of the declaration's country see it (404 for Kigali's, 403 for a
 * buyer), the documents show the weight marked, a hold with a reason reaches the order's
 * timeline, a release clears the order (taking it again changes nothing, rejecting it
 * then is 409); a rejection refunds the order and returns the parcel; clearance times per
 * corridor.
 */
class CustomsConsoleIntegrationTests extends CustomsTestSupport {

	@Test
	void anOfficerHoldsThenReleasesAHeldDeclarationOfTheirCountry() throws Exception {
		String order = heldOrder();
		String id = declarationOf(order);
		String path = "/api/v1/customs/declarations/" + id;

		// Isolation: another country's officer does not find it, other roles are refused.
		call(KIGALI_OFFICER, get(path)).andExpect(status().isNotFound());
		call(KIGALI_OFFICER, post(path + "/release")).andExpect(status().isNotFound());
		call(BUYER, get(path)).andExpect(status().isForbidden());
		call(HANGZHOU, get("/api/v1/customs/declarations")).andExpect(status().isForbidden());
		String kigaliQueue = call(KIGALI_OFFICER, get("/api/v1/customs/declarations?size=100"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(kigaliQueue).doesNotContain(id);

		// The queue, filtered by risk and status, and the documents side by side.
		String queue = call(OFFICER, get("/api/v1/customs/declarations?risk=MISMATCH&status=HELD&size=100"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(queue).contains(id);
		String detail = call(OFFICER, get(path)).andExpect(status().isOk())
			.andExpect(jsonPath("$.item.risks").value(org.hamcrest.Matchers.hasItem("MISMATCH")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Boolean> weight = JsonPath.read(detail, "$.documents.rows[?(@.key == 'weight')].cells[2].disagrees");
		assertThat(weight).containsExactly(true);
		List<Boolean> orderNo = JsonPath.read(detail, "$.documents.rows[?(@.key == 'orderNo')].cells[1].disagrees");
		assertThat(orderNo).containsExactly(false);
		assertThat(detail).doesNotContain("330106199203154212");

		// Hold with a reason: recorded once, on the order's timeline too.
		call(OFFICER, post(path + "/hold"), "{\"reason\":\"PHYSICAL_INSPECTION\",\"note\":\"Open the box\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"));
		call(OFFICER, post(path + "/hold"), "{\"reason\":\"PHYSICAL_INSPECTION\",\"note\":\"Open the box\"}")
			.andExpect(status().isOk());
		call(OFFICER, post(path + "/hold"), "{\"note\":\"no reason\"}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(decisions(id)).containsExactly("HOLD");
		assertThat(orderReasons(order)).contains("customs.hold.PHYSICAL_INSPECTION");
		assertThat(orderStatus(order)).isEqualTo("IN_CUSTOMS");
		MockHttpSession buyer = SignIn.session(mvc, BUYER);
		mvc.perform(get("/orders/" + order + "?lang=zh").session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("海关扣留：查验货物")));

		// Release: the same path as customs' own release.
		call(OFFICER, post(path + "/release")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RELEASED"));
		assertThat(orderStatus(order)).isEqualTo("CLEARED");
		call(BUYER, get("/api/v1/parcels/" + waybillOf(order)))
			.andExpect(jsonPath("$.parcel.status").value("RELEASED_BY_CUSTOMS"));
		call(OFFICER, post(path + "/release")).andExpect(status().isOk());
		call(OFFICER, post(path + "/reject")).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(decisions(id)).containsExactly("HOLD", "RELEASE");
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action LIKE 'CUSTOMS_%' AND target LIKE :t")
					.param("t", "%" + id + "%")
					.query(Long.class)
					.single())
			.isEqualTo(2);

		// The clearance times count it.
		call(OFFICER, get("/api/v1/customs/statistics")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.origin == 'KGL' && @.destination == 'HGH')].released").isNotEmpty());

		// The pages: the officer's, and 403 for everybody else.
		MockHttpSession officer = SignIn.session(mvc, OFFICER);
		mvc.perform(get("/customs/declarations/" + id + "?lang=en").session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"disagrees\"")));
		mvc.perform(get("/customs?lang=en").session(officer)).andExpect(status().isOk());
		mvc.perform(get("/customs").session(buyer)).andExpect(status().isForbidden());
		MockHttpSession kigaliOfficer = SignIn.session(mvc, KIGALI_OFFICER);
		mvc.perform(get("/customs/declarations/" + id).session(kigaliOfficer)).andExpect(status().isNotFound());
	}

	@Test
	void aRejectionReturnsTheParcelAndRefundsTheOrder() throws Exception {
		String order = heldOrder();
		String id = declarationOf(order);
		String path = "/api/v1/customs/declarations/" + id;
		call(OFFICER, post(path + "/reject"), "{\"note\":\"Undeclared goods\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		call(OFFICER, post(path + "/reject")).andExpect(status().isOk());
		assertThat(orderStatus(order)).isEqualTo("REFUNDED");
		call(BUYER, get("/api/v1/parcels/" + waybillOf(order)))
			.andExpect(jsonPath("$.parcel.status").value("EXCEPTION"));
		call(OFFICER, post(path + "/release")).andExpect(status().isConflict());
		call(OFFICER, post(path + "/hold"), "{\"reason\":\"VALUE_CHECK\"}").andExpect(status().isConflict());
		assertThat(orderStatus(order)).isEqualTo("REFUNDED");
		assertThat(decisions(id)).containsExactly("REJECT");
	}

	List<String> decisions(String declaration) {
		return jdbc.sql("SELECT action FROM customs_officer_decision WHERE declaration_id = :d ORDER BY seq")
			.param("d", UUID.fromString(declaration))
			.query(String.class)
			.list();
	}

	List<String> orderReasons(String order) {
		return jdbc.sql("SELECT reason FROM ordering_order_history WHERE order_id = :o AND reason IS NOT NULL")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.list();
	}

}
