package org.isoko.trade;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.support.MutableClockConfiguration;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The quote page shows Kenya's Import Declaration Fee and Railway Development Levy
 * (Miscellaneous Fees and Levies Act No. 29 of 2016, s. 7 and 8) as fees with their legal
 * basis, for goods not originating in the EAC, and not for Rwandan goods.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class KenyaImportFeesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aKenyanBuyerSeesTheFeesWithTheirBasisOnlyForGoodsFromOutsideTheEac() throws Exception {
		TradeFixtures fixtures = new TradeFixtures(context);
		LotId chinese = fixtures.lot(fixtures.coop(), "CN", "090111", 250_000, "RWF", 61_000, 100, List.of("KGL-NBO"));
		LotId rwandan = fixtures.lot(fixtures.coop(), "090111", 250_000, "RWF", 61_000, 100, List.of("KGL-NBO"));
		MockHttpSession session = SignIn.session(mvc, "buyer.ke@isoko.demo");

		mvc.perform(get("/trade/quote").param("lotId", chinese.toString()).param("quantity", "10").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Import Declaration Fee (fee) 2.5%")))
			.andExpect(content().string(containsString("Railway Development Levy (fee) 2%")))
			.andExpect(content().string(containsString("Miscellaneous Fees and Levies Act No. 29 of 2016, s. 7")));
		mvc.perform(get("/trade/quote").param("lotId", chinese.toString())
			.param("quantity", "10")
			.param("lang", "fr")
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Redevance de déclaration d&#39;importation (frais)")));
		mvc.perform(get("/trade/quote").param("lotId", rwandan.toString()).param("quantity", "10").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Import Declaration Fee"))));
	}

}
