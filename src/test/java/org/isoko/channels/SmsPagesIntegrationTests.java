package org.isoko.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.isoko.channels.sms.SmsOptOuts;
import org.isoko.channels.sms.SmsOutbox;
import org.isoko.identity.UserDirectory;
import org.isoko.shared.Msisdn;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * The SMS pages people reach from the pages they use: operators see each message's
 * encoding, parts and cost (the price list's price of a part in the recipient's country
 * times the parts) from the navigation, and every user turns SMS notifications off and on
 * from the account page.
 */
class SmsPagesIntegrationTests extends UssdTestSupport {

	static final String OPERATOR = "operator.kigali@isoko.demo";

	static final String BUYER = "buyer.ke@isoko.demo";

	@Autowired
	SmsOutbox outbox;

	@Autowired
	SmsOptOuts optOuts;

	@Autowired
	UserDirectory users;

	@Test
	void operatorsSeeEachMessagesEncodingPartsAndCostFromThePriceList() throws Exception {
		// Numbers of this test only (the page shows them masked: +250781***567).
		String rwandan = "+25078" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		String kenyan = "+25471" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		// 161 GSM-7 characters: two parts of 153. 71 characters with a "ç", which GSM-7
		// lacks: UCS-2, two parts of 67.
		outbox.enqueue(Msisdn.of(rwandan), "a".repeat(161), "ORDER_WAITING");
		outbox.enqueue(Msisdn.of(kenyan), "ç" + "a".repeat(70), "ORDER_WAITING");

		String page = mvc.perform(get("/operator/sms?lang=en").session(SignIn.session(mvc, OPERATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// The price list of the tests' configuration: 250=15 RWF, 254=1 KES per part.
		assertThat(item(page, masked(rwandan))).contains("GSM-7")
			.contains("<span class=\"segments\">2</span>")
			.containsPattern("<span class=\"cost\">RWF\\s?30</span>")
			.contains("(price list)");
		assertThat(item(page, masked(kenyan))).contains("UCS-2")
			.contains("<span class=\"segments\">2</span>")
			.containsPattern("<span class=\"cost\">KES\\s?2\\.00</span>");
	}

	@Test
	void operatorsFindTheSmsPageInTheNavigationAndBuyersDoNot() throws Exception {
		assertThat(home(SignIn.session(mvc, OPERATOR))).contains("id=\"nav-operator-sms\" href=\"/operator/sms\"");
		assertThat(home(SignIn.session(mvc, BUYER))).doesNotContain("nav-operator-sms");
	}

	@Test
	void aUserTurnsSmsNotificationsOffAndOnFromTheAccountPage() throws Exception {
		MockHttpSession buyer = SignIn.session(mvc, BUYER);
		var id = users.findByEmail(BUYER).orElseThrow().id();
		assertThat(mvc.perform(get("/account?lang=en").session(buyer)).andReturn().getResponse().getContentAsString())
			.contains("id=\"sms-link\" href=\"/account/sms\"");

		try {
			mvc.perform(post("/account/sms").session(buyer).with(csrf()).param("notifications", "false"))
				.andExpect(redirectedUrl("/account/sms"));
			assertThat(optOuts.optedOut(id)).isTrue();
			assertThat(mvc.perform(get("/account/sms?lang=en").session(buyer))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("id=\"sms-state\"").contains("name=\"notifications\" value=\"true\"");

			mvc.perform(post("/account/sms").session(buyer).with(csrf()).param("notifications", "true"))
				.andExpect(redirectedUrl("/account/sms"));
			assertThat(optOuts.optedOut(id)).isFalse();
		}
		finally {
			optOuts.choose(id, true);
		}
	}

	private String home(MockHttpSession session) throws Exception {
		return mvc.perform(get("/?lang=en").session(session)).andReturn().getResponse().getContentAsString();
	}

	/** The page's list item of the message to a (masked) number. */
	private static String item(String page, String masked) {
		int at = page.indexOf(masked);
		assertThat(at).as("a message to " + masked + " on the page").isPositive();
		int start = page.lastIndexOf("<li", at);
		return page.substring(start, page.indexOf("</li>", at));
	}

	/** As operators see a number: +250788***123. */
	private static String masked(String number) {
		return number.substring(0, 7) + "***" + number.substring(number.length() - 3);
	}

}
