package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * The pages: the scanner's intake form (errors next to the field, in the agent's
 * language), the parcel page for the buyer in Chinese, and the public tracking page that
 * shows no names.
 */
class LogisticsPagesIntegrationTests extends LogisticsTestSupport {

	@Test
	void theAgentScansAParcelInAndASecondScanChangesNothing() throws Exception {
		String order = acceptedOrder(org.isoko.support.LotFixtures.COOPERATIVE, COOP, 2);
		String waybill = waybillOf(order);
		MockHttpSession kigali = SignIn.session(mvc, KIGALI);
		mvc.perform(get("/logistics/intake").session(kigali))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"intake-waybill\"")))
			.andExpect(content().string(containsString("autofocus")));
		mvc.perform(post("/logistics/intake").session(kigali)
			.with(csrf())
			.param("waybill", waybill)
			.param("weightKg", "2.05")
			.param("lengthCm", "30")
			.param("widthCm", "20")
			.param("heightCm", "15"))
			.andExpect(redirectedUrl("/logistics/intake"))
			.andExpect(flash().attributeExists("intake"));
		mvc.perform(post("/logistics/intake").session(kigali)
			.with(csrf())
			.param("waybill", waybill)
			.param("weightKg", "2.05")).andExpect(redirectedUrl("/logistics/intake"));
		assertThat(orderStatus(order)).isEqualTo("SHIPPED");
		assertThat(jdbc.sql("SELECT measured_grams FROM logistics_parcel WHERE waybill = :w")
			.param("w", waybill)
			.query(Long.class)
			.single()).isEqualTo(2050);
	}

	@Test
	void badScansAreExplainedNextToTheFieldAndChangeNothing() throws Exception {
		String waybill = waybillOf(acceptedOrder(org.isoko.support.LotFixtures.COOPERATIVE, COOP, 1));
		MockHttpSession hangzhou = SignIn.session(mvc, HANGZHOU);
		mvc.perform(post("/logistics/intake").session(hangzhou)
			.with(csrf())
			.param("waybill", waybill)
			.param("weightKg", "1"))
			.andExpect(flash().attribute("errors", java.util.Map.of("waybill", "logistics.error.otherHub")));
		MockHttpSession kigali = SignIn.session(mvc, KIGALI);
		mvc.perform(
				post("/logistics/intake").session(kigali).with(csrf()).param("waybill", waybill).param("weightKg", "0"))
			.andExpect(flash().attribute("errors", java.util.Map.of("weightKg", "logistics.error.positive")));
		mvc.perform(post("/logistics/intake").session(kigali)
			.with(csrf())
			.param("waybill", "ISK-KGL-123")
			.param("weightKg", "1"))
			.andExpect(flash().attribute("errors", java.util.Map.of("waybill", "logistics.error.waybillFormat")));
		assertThat(jdbc.sql("SELECT status FROM logistics_parcel WHERE waybill = :w")
			.param("w", waybill)
			.query(String.class)
			.single()).isEqualTo("LABEL_CREATED");
	}

	@Test
	void theBuyerReadsTheTimelineInChineseAndThePublicPageShowsNoNames() throws Exception {
		String order = acceptedOrder(org.isoko.support.LotFixtures.COOPERATIVE, COOP, 1);
		String waybill = waybillOf(order);
		MockHttpSession buyer = SignIn.session(mvc, BUYER);
		mvc.perform(get("/orders/" + order + "/parcels").session(buyer))
			.andExpect(redirectedUrl("/parcels/" + waybill));
		mvc.perform(get("/parcels/" + waybill).session(buyer).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已创建面单")))
			.andExpect(content().string(not(containsString("Label created"))));
		mvc.perform(get("/track").param("waybill", waybill).locale(Locale.FRENCH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Étiquette créée")))
			.andExpect(content().string(not(containsString("Abahuzamugambi"))))
			.andExpect(content().string(not(containsString("Li Wei"))));
		mvc.perform(get("/track").param("waybill", UNKNOWN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"track-error\"")));
	}

}
