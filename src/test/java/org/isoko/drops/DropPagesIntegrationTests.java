package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * The drop pages: public countdown and live stock (no JavaScript needed), ordering from
 * the page, the operator's pages.
 */
class DropPagesIntegrationTests extends DropTestSupport {

	@Test
	void anUpcomingDropShowsAServerRenderedCountdownToEveryone() throws Exception {
		String drop = drop(coffee(10), 10, 2, Duration.ofHours(2).plusMinutes(5));
		mvc.perform(get("/drops/" + drop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Starts in 2 h 05 min")))
			.andExpect(content().string(containsString("10 of 10 left")))
			.andExpect(content().string(containsString("hx-trigger=\"every 3s\"")))
			.andExpect(content().string(containsString("htmx.min.js")))
			.andExpect(content().string(containsString("Sign in as a buyer to order")))
			.andExpect(content().string(not(containsString("id=\"drop-order-form\""))));
		mvc.perform(get("/drops/" + drop).param("lang", "zh")).andExpect(content().string(containsString("后开始")));
		mvc.perform(get("/drops"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/drops/" + drop)));
	}

	@Test
	void aBuyerOrdersFromTheLivePageAndLandsOnTheOrderToPayIt() throws Exception {
		String drop = drop(coffee(10), 4, 2, Duration.ZERO);
		MockHttpSession buyer = SignIn.session(mvc, BUYER);
		String page = mvc.perform(get("/drops/" + drop).session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"drop-order-form\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String key = page.replaceAll("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");
		String location = mvc
			.perform(post("/drops/" + drop + "/orders").session(buyer)
				.with(csrf())
				.param("key", key)
				.param("quantity", "2")
				.param("name", "Li Wei")
				.param("phone", "+86 138 0013 8000")
				.param("line", "88 Wensan Road")
				.param("city", "Hangzhou")
				.param("region", "Zhejiang"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/orders/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		// A double submit of the same form places nothing more.
		mvc.perform(post("/drops/" + drop + "/orders").session(buyer)
			.with(csrf())
			.param("key", key)
			.param("quantity", "2")
			.param("name", "Li Wei")
			.param("phone", "+86 138 0013 8000")
			.param("line", "88 Wensan Road")
			.param("city", "Hangzhou")
			.param("region", "Zhejiang")).andExpect(status().is3xxRedirection());
		assertThat(remaining(drop)).isEqualTo(2);
		mvc.perform(get(location.replace("?done=placed", "")).session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Placed")));
		mvc.perform(get("/drops/" + drop + "/status"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 of 4 left")));
	}

	@Test
	void pageErrorsSayWhatIsWrongAndPlaceNothing() throws Exception {
		String drop = drop(coffee(10), 1, 1, Duration.ZERO);
		MockHttpSession buyer = SignIn.session(mvc, BUYER);
		mvc.perform(post("/drops/" + drop + "/orders").session(buyer)
			.with(csrf())
			.param("key", key())
			.param("quantity", "1")
			.param("name", "Li Wei")
			.param("phone", "not a phone")
			.param("line", "88 Wensan Road")
			.param("city", "Hangzhou")
			.param("region", "Zhejiang"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("field-error")));
		mvc.perform(post("/drops/" + drop + "/orders").session(SignIn.session(mvc, OTHER_BUYER))
			.with(csrf())
			.param("key", key())
			.param("quantity", "1")
			.param("name", "Wang")
			.param("phone", "+86 138 0013 8001")
			.param("line", "1 Road")
			.param("city", "Hangzhou")
			.param("region", "Zhejiang")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/drops/" + drop + "/orders").session(buyer)
			.with(csrf())
			.param("key", key())
			.param("quantity", "1")
			.param("name", "Li Wei")
			.param("phone", "+86 138 0013 8000")
			.param("line", "88 Wensan Road")
			.param("city", "Hangzhou")
			.param("region", "Zhejiang"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Sold out")));
		mvc.perform(get("/drops/" + drop)).andExpect(content().string(containsString("id=\"drop-sold-out\"")));
		assertThat(remaining(drop)).isZero();
		assertThat(held(drop)).isEqualTo(1);
	}

	@Test
	void theFormOffersTheLotsOfTheOperatorsHubWithTheirSellerAndStock() throws Exception {
		LotFixtures.Lot lot = coffee(30);
		LotFixtures.Lot soldOut = coffee(0);
		String page = mvc.perform(get("/operator/drops/new").session(SignIn.session(mvc, OPERATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<select name=\"lotId\"")
			.contains("<option value=\"" + lot.id() + "\">" + lot.reference() + " — " + LotFixtures.COOPERATIVE
					+ " — 30 available</option>")
			.doesNotContain(soldOut.id().toString());
		// Chosen in advance from a lot page (?lot=…): preselected.
		mvc.perform(get("/operator/drops/new").session(SignIn.session(mvc, OPERATOR)).param("lot", lot.id().toString()))
			.andExpect(content().string(containsString("<option value=\"" + lot.id() + "\" selected=\"selected\">")));
		// The Hangzhou operator schedules drops on lots of Hangzhou's sellers only: a
		// Kigali lot is not offered.
		mvc.perform(get("/operator/drops/new").session(SignIn.session(mvc, OTHER_OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(lot.id().toString()))));
	}

	@Test
	void operatorsScheduleDropsFromAFormAndSeeThemListed() throws Exception {
		LotFixtures.Lot lot = coffee(30);
		MockHttpSession operator = SignIn.session(mvc, OPERATOR);
		mvc.perform(get("/operator/drops/new").session(operator).param("lot", lot.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lot.id().toString())))
			.andExpect(content().string(containsString("KGL→HGH")))
			.andExpect(content().string(containsString("Start (Africa/Kigali (GMT+2))")));
		String start = Instant.now()
			.plus(Duration.ofDays(1))
			.atOffset(ZoneOffset.UTC)
			.toLocalDateTime()
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		String end = Instant.now()
			.plus(Duration.ofDays(2))
			.atOffset(ZoneOffset.UTC)
			.toLocalDateTime()
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		long before = count("ordering_drop");
		mvc.perform(post("/operator/drops").session(operator)
			.with(csrf())
			.param("title", "Page drop")
			.param("lotId", lot.id().toString())
			.param("quantity", "10")
			.param("perBuyerCap", "0")
			.param("startsAt", start)
			.param("endsAt", end)
			.param("corridors", lot.corridor().toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("perBuyerCap must be a whole number of at least 1")));
		assertThat(count("ordering_drop")).isEqualTo(before);
		assertThat(available(lot)).isEqualTo(30);
		mvc.perform(post("/operator/drops").session(operator)
			.with(csrf())
			.param("title", "Page drop")
			.param("lotId", lot.id().toString())
			.param("quantity", "10")
			.param("perBuyerCap", "2")
			.param("startsAt", start)
			.param("endsAt", end)
			.param("corridors", lot.corridor().toString())).andExpect(status().is3xxRedirection());
		assertThat(available(lot)).isEqualTo(20);
		assertThat(jdbc.sql("SELECT starts_at FROM ordering_drop WHERE title = 'Page drop'")
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant()).as("the form's times are read in the operator's hub's zone")
			.isEqualTo(java.time.LocalDateTime.parse(start).atZone(java.time.ZoneId.of("Africa/Kigali")).toInstant());
		mvc.perform(get("/operator/drops").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page drop")))
			.andExpect(content().string(containsString("Drop scheduled")));
		mvc.perform(get("/operator/drops").session(SignIn.session(mvc, BUYER))).andExpect(status().isForbidden());
	}

}
