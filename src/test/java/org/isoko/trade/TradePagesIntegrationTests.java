package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The quote page and the operators' tariff pages, driven with real sign-in sessions. */
@SpringBootTest
@AutoConfigureMockMvc
class TradePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	LotId coffee;

	LotId afcftaCoffee;

	@BeforeEach
	void lot() {
		TradeFixtures fixtures = new TradeFixtures(context);
		coffee = fixtures.lot(fixtures.coop(), "090111", 250_000, "RWF", 61_000, 100, List.of("KGL-HGH"));
		afcftaCoffee = fixtures.lot(fixtures.coop(), "090111", 250_000, "RWF", 61_000, 100, List.of("KGL-NBO"),
				TradeFixtures.valid(PreferenceScheme.AFCFTA));
	}

	@Test
	void aKenyanBuyerSeesWhyAfcftaWasChosenAndWhatSwitchingBackWouldCost() throws Exception {
		MockHttpSession session = SignIn.session(mvc, "buyer.ke@isoko.demo");
		mvc.perform(get("/trade/quote").param("lotId", afcftaCoffee.toString())
			.param("quantity", "10")
			.param("lang", "fr")
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"REGIME_CHOSEN\"")))
			.andExpect(content().string(containsString("le coût rendu le plus bas")))
			.andExpect(content().string(not(containsString("AFCFTA:"))));
		mvc.perform(get("/trade/quote").param("lotId", afcftaCoffee.toString())
			.param("quantity", "10")
			.param("regime", "EAC_CUSTOMS_UNION")
			.param("lang", "fr")
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ramènerait les droits sur le lot")))
			.andExpect(content().string(containsString("de 35\u00a0% à 0\u00a0%")));
	}

	@Test
	void anImporterSeesTheLandedCostWithItsBasisAndWhatACertificateWouldSave() throws Exception {
		MockHttpSession session = SignIn.session(mvc, "importer.cn@isoko.demo");
		MvcResult result = mvc
			.perform(get("/trade/quote").param("lotId", coffee.toString()).param("quantity", "20").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"quote-total\"")))
			.andExpect(content().string(containsString("General trade")))
			.andExpect(content().string(containsString("MFN 8%")))
			.andExpect(content().string(
					containsString("China LDC zero tariff certificate of origin would lower the duty from 8% to 0%")))
			.andExpect(content().string(containsString("half-up")))
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(50 * 1024);
	}

	@Test
	void theQuoteSpeaksChinese() throws Exception {
		MockHttpSession session = SignIn.session(mvc, "buyer.cn@isoko.demo");
		mvc.perform(get("/trade/quote").param("lotId", coffee.toString())
			.param("quantity", "1")
			.param("lang", "zh")
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("到岸成本")))
			.andExpect(content().string(containsString("跨境电商零售进口")));
	}

	@Test
	void badInputIsShownNextToTheField() throws Exception {
		MockHttpSession session = SignIn.session(mvc, "importer.cn@isoko.demo");
		mvc.perform(get("/trade/quote").param("lotId", coffee.toString()).param("quantity", "1.5").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("whole number")))
			.andExpect(content().string(not(containsString("id=\"quote-total\""))));
		mvc.perform(get("/trade/quote").param("lotId", "not-a-lot").param("quantity", "1").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a lot id")));
		mvc.perform(get("/trade/quote").param("lotId", coffee.toString())
			.param("quantity", "1")
			.param("regime", "EAC_CUSTOMS_UNION")
			.session(session)).andExpect(content().string(containsString("does not allow EAC_CUSTOMS_UNION")));
	}

	@Test
	void anOperatorAddsATariffLineThroughTheFormAndBadInputChangesNothing() throws Exception {
		MockHttpSession session = SignIn.session(mvc, "operator.hangzhou@isoko.demo");
		mvc.perform(get("/trade/tariffs").param("importer", "CN").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0901.11.0000")))
			.andExpect(content().string(containsString("unverified")));
		long before = count();

		mvc.perform(post("/trade/tariffs").with(csrf())
			.session(session)
			.param("importer", "CN")
			.param("hsCode", "0901.90")
			.param("scheme", "MFN")
			.param("rate", "abc")
			.param("validFrom", "2030-01-01")
			.param("legalBasis", "b")
			.param("source", "s"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a number")));
		mvc.perform(post("/trade/tariffs").with(csrf())
			.session(session)
			.param("importer", "CN")
			.param("hsCode", "0901110000")
			.param("scheme", "MFN")
			.param("rate", "7")
			.param("validFrom", "2025-01-01")
			.param("legalBasis", "b")
			.param("source", "s")).andExpect(status().isOk()).andExpect(content().string(containsString("overlaps")));
		assertThat(count()).isEqualTo(before);

		mvc.perform(post("/trade/tariffs").with(csrf())
			.session(session)
			.param("importer", "CN")
			.param("hsCode", "0901.90.9000")
			.param("scheme", "MFN")
			.param("rate", "10")
			.param("validFrom", "2024-01-01")
			.param("legalBasis", "Customs Tariff of the PRC (2024), MFN column")
			.param("source", "[U] test placeholder")).andExpect(redirectedUrl("/trade/tariffs?importer=CN&saved"));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void buyersCannotOpenTheTariffPages() throws Exception {
		mvc.perform(get("/trade/tariffs").session(SignIn.session(mvc, "buyer.cn@isoko.demo")))
			.andExpect(status().isForbidden());
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM trade_tariff_line").query(Long.class).single();
	}

}
