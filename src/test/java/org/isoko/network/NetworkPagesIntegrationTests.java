package org.isoko.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The home page, the network pages and the operators' forms, as a browser without
 * JavaScript uses them.
 */
class NetworkPagesIntegrationTests extends NetworkTestSupport {

	@Test
	void homePageListsHubsAndCorridorsFromTheData() throws Exception {
		String html = page("/");

		assertThat(html).contains("Kigali hub", "Hangzhou hub", "Nairobi hub")
			.contains("id=\"corridors\"")
			.contains("Cross-border e-commerce retail")
			.contains("EAC customs union");
		assertThat(html.split("class=\"corridor-row\"", -1)).hasSize(5); // four demo
																			// corridors
		assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(50 * 1024);
	}

	@Test
	void homePageSpeaksFourLanguages() throws Exception {
		assertThat(page("/?lang=fr")).contains("Nos hubs", "Corridors commerciaux", "Chine");
		assertThat(page("/?lang=rw")).contains("Amahuriro yacu", "Inzira z&#39;ubucuruzi", "Ubushinwa");
		assertThat(page("/?lang=zh")).contains("我们的枢纽", "贸易走廊", "卢旺达");
		assertThat(page("/?lang=en")).contains("Our hubs", "Trade corridors");
	}

	@Test
	void namesHubsInTheVisitorsLanguage() throws Exception {
		assertThat(page("/?lang=zh")).contains("杭州枢纽", "内罗毕枢纽").doesNotContain("Hangzhou hub");
		assertThat(page("/?lang=fr")).contains("Hub de Hangzhou");
		assertThat(page("/network/hubs/HGH?lang=rw")).contains("Ihuriro rya Hangzhou");
		assertThat(page("/network?lang=zh")).contains("杭州枢纽");
		// A language nobody has translated falls back to the English name
		assertThat(page("/?lang=en")).contains("Hangzhou hub");
	}

	@Test
	void networkPageShowsEverythingToVisitorsWithoutEditLinks() throws Exception {
		String html = page("/network");

		assertThat(html).contains("KGL", "HGH", "NBO", "Rwanda", "RWF", "208.93", "National Bank of Rwanda")
			.doesNotContain("id=\"add-hub\"", "/network/fx-rates/new");
		mvc.perform(get("/network/hubs/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/network/hubs/KGL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kigali")));
		mvc.perform(get("/network/hubs/XYZ")).andExpect(status().isNotFound());
		mvc.perform(get("/network/countries/KE?lang=fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Modifications")));
	}

	@Test
	void formatsRatesForTheVisitorsLocale() throws Exception {
		assertThat(page("/network?lang=fr")).contains("208,93");
	}

	@Test
	void convertsOnAPage() throws Exception {
		// 1,500 RWF at 1 / 208.93 CNY per RWF = 7.1794... → 7.18 CNY
		assertThat(page("/network/convert?amount=1500&from=RWF&to=CNY")).contains("7.18")
			.contains("National Bank of Rwanda");
		assertThat(page("/network/convert?amount=1500&from=RWF&to=EUR")).contains("id=\"convert-error\"");
	}

	@Test
	void operatorsSeeTheFormsAndSaveWithAConfirmation() throws Exception {
		MockHttpSession session = signIn(KIGALI);
		assertThat(page("/network", session)).contains("id=\"add-hub\"", "/network/fx-rates/new");
		mvc.perform(get("/network/fx-rates/new").session(session)).andExpect(status().isOk());
		long rates = count("network_fx_rate");

		MvcResult saved = mvc
			.perform(post("/network/fx-rates").session(session)
				.with(csrf())
				.param("base", "UGX")
				.param("quote", "RWF")
				.param("rate", "0.4012")
				.param("effectiveDate", "2026-11-28")
				.param("source", "Bank of Uganda (illustrative)"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/network#rates"))
			.andExpect(flash().attribute("savedMessage", "network.saved.rate"))
			.andReturn();
		assertThat(count("network_fx_rate")).isEqualTo(rates + 1);
		mvc.perform(get("/network").session(session).flashAttrs(saved.getFlashMap()))
			.andExpect(content().string(containsString("Rate UGX/RWF saved.")));
	}

	@Test
	void showsMessagesNextToFieldsAndSavesNothing() throws Exception {
		MockHttpSession session = signIn(KIGALI);
		String before = counts();

		String html = mvc
			.perform(post("/network/fx-rates").session(session)
				.with(csrf())
				.param("base", "UGX")
				.param("quote", "RWF")
				.param("rate", "-3")
				.param("effectiveDate", "2026-11-28")
				.param("source", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"rate-error\"").contains("Enter a rate greater than 0").contains("value=\"-3\"");

		html = mvc
			.perform(post("/network/corridors").session(session)
				.with(csrf())
				.param("origin", "KGL")
				.param("destination", "KGL")
				.param("modes", "AIR")
				.param("regimes", "GENERAL_TRADE")
				.param("typicalTransitDays", "7")
				.param("validFrom", "2026-11-29")
				.param("source", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"destination-error\"");

		html = mvc
			.perform(post("/network/corridors").session(session)
				.with(csrf())
				.param("origin", "KGL")
				.param("destination", "HGH")
				.param("modes", "AIR")
				.param("regimes", "GENERAL_TRADE")
				.param("typicalTransitDays", "7")
				.param("validFrom", "2026-11-29")
				.param("source", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("A corridor between these two hubs already exists.");

		html = mvc
			.perform(post("/network/hubs").session(session)
				.with(csrf())
				.param("code", "ZZZ")
				.param("name", "Hub")
				.param("city", "City")
				.param("country", "GH")
				.param("validFrom", "2026-11-29")
				.param("source", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"country-error\"");

		html = mvc
			.perform(post("/network/hubs?lang=fr").session(session)
				.with(csrf())
				.param("code", "ZZZ")
				.param("name", "Hub")
				.param("city", "City")
				.param("country", "RW")
				.param("validFrom", "2026-11-29")
				.param("validTo", "2026-01-01")
				.param("source", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"validTo-error\"").contains("La date de fin doit être postérieure");

		html = mvc
			.perform(post("/network/countries").session(session)
				.with(csrf())
				.param("code", "QQ")
				.param("name", "")
				.param("currency", "ZZZZ")
				.param("validFrom", "2026-11-29")
				.param("source", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"code-error\"", "id=\"currency-error\"");

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void showsDuplicatesAndRefusedCorrectionsNextToTheirFieldAndSavesNothing() throws Exception {
		MockHttpSession session = signIn(KIGALI);
		String before = counts();

		String html = mvc
			.perform(post("/network/countries").session(session)
				.with(csrf())
				.param("code", "RW")
				.param("name", "Rwanda")
				.param("currency", "RWF")
				.param("validFrom", "2026-11-29")
				.param("source", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"code-error\"", "This country is already in the network.");

		html = mvc
			.perform(post("/network/hubs").session(session)
				.with(csrf())
				.param("code", "KGL")
				.param("name", "Hub")
				.param("city", "Kigali")
				.param("country", "RW")
				.param("validFrom", "2026-11-29")
				.param("source", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"code-error\"", "A hub with this code already exists.");

		var rate = jdbc.sql("SELECT base, quote, effective_date FROM network_fx_rate ORDER BY effective_date LIMIT 1")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		html = mvc
			.perform(post("/network/fx-rates").session(session)
				.with(csrf())
				.param("base", rate[0])
				.param("quote", rate[1])
				.param("rate", "2")
				.param("effectiveDate", rate[2])
				.param("source", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"effectiveDate-error\"", "A rate for this pair and day already exists.");

		html = mvc
			.perform(post("/network/hubs/KGL").session(session)
				.with(csrf())
				.param("name", "Kigali")
				.param("city", "Kigali")
				.param("country", "GH")
				.param("validFrom", "2026-11-29")
				.param("source", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"country-error\"");

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void answers404ForPathsThatNameNothing() throws Exception {
		MockHttpSession session = signIn(KIGALI);
		for (String path : new String[] { "/network/countries/123/edit", "/network/hubs/1/edit",
				"/network/corridors/nope/edit", "/network/fx-rates/nope/edit" }) {
			mvc.perform(get(path).session(session)).andExpect(status().isNotFound());
		}
	}

	@Test
	void refusesFormsWithoutCsrfTokenOrFromNonOperators() throws Exception {
		String before = counts();
		mvc.perform(post("/network/fx-rates").session(signIn(KIGALI))
			.param("base", "UGX")
			.param("quote", "RWF")
			.param("rate", "0.5")
			.param("effectiveDate", "2026-11-20")
			.param("source", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/network/fx-rates").session(signIn(BUYER))
			.with(csrf())
			.param("base", "UGX")
			.param("quote", "RWF")
			.param("rate", "0.5")
			.param("effectiveDate", "2026-11-20")
			.param("source", "x")).andExpect(status().isForbidden());
		mvc.perform(get("/network/hubs/KGL/edit").session(signIn(HANGZHOU))).andExpect(status().isOk());
		mvc.perform(post("/network/hubs/KGL").session(signIn(HANGZHOU))
			.with(csrf())
			.param("name", "Taken over")
			.param("city", "Kigali")
			.param("country", "RW")
			.param("validFrom", "2018-10-31")
			.param("source", "x")).andExpect(status().isForbidden());
		assertThat(counts()).isEqualTo(before);
		assertThat(page("/")).doesNotContain("Taken over");
	}

	@Test
	void editsAHubAndShowsWhoChangedIt() throws Exception {
		MockHttpSession session = signIn(KIGALI);
		assertThat(page("/network/hubs/KGL/edit", session)).contains("value=\"基加利枢纽\"");
		mvc.perform(post("/network/hubs/KGL").session(session)
			.with(csrf())
			.param("name", "Kigali hub")
			.param("nameFr", "Hub de Kigali")
			.param("nameRw", "Ihuriro rya Kigali")
			.param("nameZh", "基加利枢纽")
			.param("city", "Kigali")
			.param("country", "RW")
			.param("validFrom", "2018-10-31")
			.param("source", "eWTP Rwanda hub, launched 31 October 2018"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/network/hubs/KGL"));
		assertThat(page("/network/hubs/KGL")).contains(KIGALI).contains("demo-data");
	}

	String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	String page(String path, MockHttpSession session) throws Exception {
		return mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
