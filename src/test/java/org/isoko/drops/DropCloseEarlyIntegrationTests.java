package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * A hub operator closes a drop before its end: the units left go back to the lot at once,
 * orders are refused with why.
 */
class DropCloseEarlyIntegrationTests extends DropTestSupport {

	@Autowired
	DropClosing closing;

	ResultActions close(String operator, String drop, String reason) throws Exception {
		return call(operator, post("/api/v1/drops/" + drop + "/close"),
				reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}");
	}

	@Test
	void closingALiveDropReturnsItsLeftoverToTheLotAndLaterOrdersAreRefusedWithTheReason() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String drop = drop(lot, 8, 2, Duration.ZERO);
		String order = JsonPath.read(orderFromDrop(BUYER, drop, key(), 2).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		assertThat(available(lot)).isEqualTo(2);

		close(OPERATOR, drop, "The lot failed its quality check").andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("ENDED"))
			.andExpect(jsonPath("$.remaining").value(0))
			.andExpect(jsonPath("$.returnedToLot").value(6))
			.andExpect(jsonPath("$.closeReason").value("The lot failed its quality check"))
			.andExpect(jsonPath("$.closedAt").exists());

		assertThat(available(lot)).isEqualTo(8);
		orderFromDrop(OTHER_BUYER, drop, key(), 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("was closed by the hub")))
			.andExpect(jsonPath("$.detail").value(containsString("The lot failed its quality check")));
		assertThat(held(drop)).isEqualTo(2);
		// The order placed before stays; unpaid, it expires as usual and its units go to
		// the lot, not to the closed drop.
		call(BUYER, get("/api/v1/orders/" + order)).andExpect(jsonPath("$.status").value("PLACED"));
		clock.advance(Duration.ofHours(1));
		expireDue(); // or the scheduled run did: the state is checked
		assertThat(available(lot)).isEqualTo(10);
		assertThat(remaining(drop)).isZero();
		assertThat(closing.closeDue()).isZero(); // closed once, never again
		mvc.perform(get("/drops/" + drop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The hub closed this drop")))
			.andExpect(content().string(containsString("The lot failed its quality check")));
	}

	@Test
	void anUpcomingDropIsCancelledTheSameWayEvenWhenItsDefinitionIsRemembered() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String drop = drop(lot, 10, 2, Duration.ofHours(1));
		orderFromDrop(BUYER, drop, key(), 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("has not started")));
		assertThat(available(lot)).isZero();

		close(OPERATOR, drop, "Scheduled by mistake").andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("ENDED"));

		assertThat(available(lot)).isEqualTo(10);
		// Closed before it started: buyers and operators read "cancelled", not "ended".
		mvc.perform(get("/drops/" + drop + "?lang=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"drop-cancelled\"")))
			.andExpect(content().string(containsString("The hub cancelled this drop")))
			.andExpect(content().string(containsString("Scheduled by mistake")))
			.andExpect(content().string(not(containsString(">Ended<"))))
			.andExpect(content().string(not(containsString("id=\"drop-ended\""))));
		mvc.perform(get("/drops/" + drop + "?lang=rw")).andExpect(content().string(containsString("Ryahagaritswe")));
		String row = mvc.perform(get("/operator/drops?lang=en").session(SignIn.session(mvc, OPERATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row).as("the operator list shows the drop").contains("id=\"drop-" + drop + "\"");
		String ours = row.substring(row.indexOf("id=\"drop-" + drop + "\""));
		assertThat(ours.substring(0, ours.indexOf("</tr>"))).as("the operator list's row of the cancelled drop")
			.contains(">Cancelled<")
			.doesNotContain(">Ended<");
		clock.advance(Duration.ofHours(2));
		orderFromDrop(BUYER, drop, key(), 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Scheduled by mistake")));
		mvc.perform(get("/api/v1/drops")).andExpect(jsonPath("$.items[?(@.id == '" + drop + "')]").doesNotExist());
	}

	@Test
	void closingNeedsAReasonAnOperatorOfTheDropsHubAndAnOpenDrop() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String drop = drop(lot, 5, 2, Duration.ZERO);

		close(OPERATOR, drop, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("reason")));
		close(OPERATOR, drop, "x".repeat(301)).andExpect(status().isBadRequest());
		close(OTHER_OPERATOR, drop, "Not my hub").andExpect(status().isForbidden());
		close(BUYER, drop, "Buyers cannot").andExpect(status().isForbidden());
		close(OPERATOR, "00000000-0000-0000-0000-000000000000", "No such drop").andExpect(status().isNotFound());
		assertThat(remaining(drop)).isEqualTo(5);
		assertThat(available(lot)).isEqualTo(5);

		close(OPERATOR, drop, "Closing once").andExpect(status().isOk());
		close(OPERATOR, drop, "Closing twice").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("has ended already")));
		assertThat(available(lot)).isEqualTo(10);
		mvc.perform(get("/api/v1/drops/" + drop)).andExpect(jsonPath("$.closeReason").value("Closing once"));
	}

	@Test
	void operatorsCloseADropFromItsConfirmationPage() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String drop = drop(lot, 6, 2, Duration.ZERO);
		MockHttpSession operator = SignIn.session(mvc, OPERATOR);
		mvc.perform(get("/operator/drops").session(operator))
			.andExpect(content().string(containsString("/operator/drops/" + drop + "/close")));
		mvc.perform(get("/operator/drops/" + drop + "/close").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6 unit(s) left go back to lot " + lot.reference())))
			.andExpect(content().string(containsString("name=\"reason\"")));
		mvc.perform(get("/operator/drops/" + drop + "/close").session(SignIn.session(mvc, OTHER_OPERATOR)))
			.andExpect(status().isForbidden());

		mvc.perform(post("/operator/drops/" + drop + "/close").session(operator).with(csrf()).param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("reason is required")));
		assertThat(remaining(drop)).isEqualTo(6);

		mvc.perform(post("/operator/drops/" + drop + "/close").session(operator)
			.with(csrf())
			.param("reason", "Lot withdrawn by the seller"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/operator/drops*"));
		assertThat(available(lot)).isEqualTo(10);
		mvc.perform(post("/operator/drops/" + drop + "/close").session(operator).with(csrf()).param("reason", "Again"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("has ended already")));
	}

}
