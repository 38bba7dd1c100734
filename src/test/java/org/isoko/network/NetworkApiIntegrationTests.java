package org.isoko.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * The network's REST API: public reads, operators' writes, and bad input that is refused
 * and changes nothing.
 */
class NetworkApiIntegrationTests extends NetworkTestSupport {

	String kigali;

	@BeforeEach
	void signIn() throws Exception {
		kigali = tokenFor(KIGALI);
	}

	// ---- public reads

	@Test
	void listsTheDemoHubsAnonymously() throws Exception {
		mvc.perform(get("/api/v1/hubs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem("KGL")))
			.andExpect(jsonPath("$.items[*].code", hasItem("HGH")))
			.andExpect(jsonPath("$.items[*].code", hasItem("NBO")))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20));
		mvc.perform(get("/api/v1/hubs?country=CN"))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].code").value("HGH"))
			.andExpect(jsonPath("$.items[0].city").value("Hangzhou"));
	}

	@Test
	void paginatesLists() throws Exception {
		mvc.perform(get("/api/v1/countries?page=1&size=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2));
		expectProblem(mvc.perform(get("/api/v1/countries?size=1000")), 400, "size");
		expectProblem(mvc.perform(get("/api/v1/countries?page=-1")), 400, "page");
	}

	@Test
	void showsACountryWithItsCurrencyLdcStatusAndBlocs() throws Exception {
		mvc.perform(get("/api/v1/countries/RW"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currency").value("RWF"))
			.andExpect(jsonPath("$.leastDeveloped").value(true))
			.andExpect(jsonPath("$.blocs", hasItem("EAC")))
			.andExpect(jsonPath("$.blocs", hasItem("AFCFTA")))
			.andExpect(jsonPath("$.names.zh").value("卢旺达"))
			.andExpect(jsonPath("$.source").exists())
			.andExpect(jsonPath("$.validFrom").exists());
		mvc.perform(get("/api/v1/countries/CN"))
			.andExpect(jsonPath("$.leastDeveloped").value(false))
			.andExpect(jsonPath("$.blocs.length()").value(0));
		expectProblem(mvc.perform(get("/api/v1/countries/FR")), 404, null);
	}

	@Test
	void filtersCorridorsByOriginAndDestination() throws Exception {
		mvc.perform(get("/api/v1/corridors?origin=KGL&destination=HGH"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].originCountry").value("RW"))
			.andExpect(jsonPath("$.items[0].destinationCountry").value("CN"))
			.andExpect(jsonPath("$.items[0].modes", hasItem("AIR")))
			.andExpect(jsonPath("$.items[0].regimes", hasItem("CROSS_BORDER_ECOMMERCE_RETAIL")))
			.andExpect(jsonPath("$.items[0].typicalTransitDays").value(7));
		String id = JsonPath.read(mvc.perform(get("/api/v1/corridors?originCountry=KE&destinationCountry=RW"))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].id");
		mvc.perform(get("/api/v1/corridors/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.origin").value("NBO"));
	}

	@Test
	void listsRatesOfAPairNewestFirst() throws Exception {
		mvc.perform(get("/api/v1/fx-rates?base=CNY&quote=RWF"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].rate").value(208.93))
			.andExpect(jsonPath("$.items[0].effectiveDate").value("2026-11-27"))
			.andExpect(jsonPath("$.items[0].source", containsString("National Bank of Rwanda")))
			.andExpect(jsonPath("$.items[1].effectiveDate").value("2026-11-02"));
	}

	// ---- conversion

	@Test
	void convertsExactlyWithTheInverseOfTheStoredRate() throws Exception {
		// Only CNY/RWF = 208.93 is stored: RWF→CNY = 1 / 208.93 = 0.004786292059541473
		// (DECIMAL64)
		// 1,500 RWF × 0.004786292059541473 = 7.1794380893... CNY → half-up to 2 decimals
		// = 7.18 CNY
		mvc.perform(get("/api/v1/fx-rates/convert?amount=1500&from=RWF&to=CNY&date=2026-11-28"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amount.amount").value("1500"))
			.andExpect(jsonPath("$.converted.amount").value("7.18"))
			.andExpect(jsonPath("$.converted.minorUnits").value(718))
			.andExpect(jsonPath("$.converted.currency").value("CNY"))
			.andExpect(jsonPath("$.rateDate").value("2026-11-27"))
			.andExpect(jsonPath("$.path").value("INVERSE"))
			.andExpect(jsonPath("$.source", containsString("National Bank of Rwanda")));
	}

	@Test
	void usesTheRateInForceOnTheGivenDay() throws Exception {
		// On 2026-11-10 the 2026-11-02 rate applies: 10.00 CNY × 207.55 = 2,075.5 RWF →
		// 2,076 RWF (0 decimals, half-up)
		mvc.perform(get("/api/v1/fx-rates/convert?amount=10.00&from=CNY&to=RWF&date=2026-11-10"))
			.andExpect(jsonPath("$.converted.amount").value("2076"))
			.andExpect(jsonPath("$.rateDate").value("2026-11-02"))
			.andExpect(jsonPath("$.path").value("DIRECT"));
	}

	@Test
	void crossesViaUsdWhenNoPairIsStored() throws Exception {
		// KES→CNY: 1 / 129.20 (USD/KES) = 0.007739938080495356; × 7.0950 (USD/CNY) =
		// 0.05491486068111455082
		// 1,000.00 KES × 0.05491486068111455082 = 54.9148... → 54.91 CNY
		mvc.perform(get("/api/v1/fx-rates/convert?amount=1000&from=KES&to=CNY&date=2026-11-27"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.converted.amount").value("54.91"))
			.andExpect(jsonPath("$.path").value("CROSS_VIA_USD"));
		mvc.perform(get("/api/v1/fx-rates/rate?from=KES&to=CNY&date=2026-11-27"))
			.andExpect(jsonPath("$.legs.length()").value(2));
	}

	@Test
	void refusesConversionsItCannotDoExactly() throws Exception {
		expectProblem(mvc.perform(get("/api/v1/fx-rates/convert?amount=1500&from=RWF&to=EUR")), 404, null);
		expectProblem(mvc.perform(get("/api/v1/fx-rates/convert?amount=10.5&from=RWF&to=CNY")), 400, null); // RWF
																											// has
																											// no
																											// decimals
		expectProblem(mvc.perform(get("/api/v1/fx-rates/convert?amount=10&from=XYZ&to=CNY")), 400, "from");
		expectProblem(mvc.perform(get("/api/v1/fx-rates/convert?amount=ten&from=RWF&to=CNY")), 400, "amount");
		expectProblem(mvc.perform(get("/api/v1/fx-rates/convert?amount=1500&from=RWF&to=CNY&date=2026-11-45")), 400,
				"date");
	}

	// ---- who may write

	@Test
	void refusesWritesFromAnonymousCallersAndNonOperators() throws Exception {
		String before = counts();
		mvc.perform(post("/api/v1/hubs").contentType(MediaType.APPLICATION_JSON).content(hub("ANO", "RW")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		expectProblem(mvc.perform(json(post("/api/v1/hubs"), tokenFor(BUYER), hub("BUY", "RW"))), 403, null);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void letsAnOperatorChangeOnlyTheirOwnHub() throws Exception {
		String hangzhou = tokenFor(HANGZHOU);
		String before = counts();
		expectProblem(mvc.perform(json(put("/api/v1/hubs/KGL"), hangzhou, hub("KGL", "RW"))), 403, null);
		assertThat(counts()).isEqualTo(before);

		long changesByKigali = changesOfKglBy(KIGALI);
		mvc.perform(json(put("/api/v1/hubs/KGL"), kigali, hub("KGL", "RW").replace("Test hub", "Kigali hub")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed.updatedBy").value(KIGALI));
		assertThat(changesOfKglBy(KIGALI)).isEqualTo(changesByKigali + 1);
		assertThat(changesOfKglBy(HANGZHOU)).isZero();
	}

	long changesOfKglBy(String who) {
		return jdbc.sql(
				"SELECT COUNT(*) FROM network_change WHERE entity = 'hub' AND entity_key = 'KGL' AND changed_by = :who")
			.param("who", who)
			.query(Long.class)
			.single();
	}

	@Test
	void letsAnOperatorManageOnlyCorridorsTouchingTheirHub() throws Exception {
		mvc.perform(json(post("/api/v1/hubs"), kigali, hub("GOM", "RW"))).andExpect(status().isCreated());
		String before = counts();
		expectProblem(mvc.perform(json(post("/api/v1/corridors"), tokenFor(HANGZHOU), corridor("GOM", "NBO", 3))), 403,
				null);
		assertThat(counts()).isEqualTo(before);

		mvc.perform(json(post("/api/v1/corridors"), tokenFor(ADMIN), corridor("GOM", "NBO", 3)))
			.andExpect(status().isCreated());
	}

	// ---- bad input changes nothing

	@Test
	void refusesHubNamesNotKeyedByALanguage() throws Exception {
		String before = counts();
		String badNames = hub("XXN", "RW").replace("\"city\"", "\"names\":{\"Chinese\":\"枢纽\"},\"city\"");
		expectProblem(mvc.perform(json(post("/api/v1/hubs"), kigali, badNames)), 400, "names");
		String tooLong = hub("XXN", "RW").replace("\"city\"",
				"\"names\":{\"fr\":\"" + "x".repeat(121) + "\"},\"city\"");
		expectProblem(mvc.perform(json(post("/api/v1/hubs"), kigali, tooLong)), 400, "names.fr");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void rejectsUnknownAndMalformedCountryCodes() throws Exception {
		String before = counts();
		expectProblem(mvc.perform(json(post("/api/v1/hubs"), kigali, hub("XXA", "ZZ"))), 400, "country");
		expectProblem(mvc.perform(json(post("/api/v1/hubs"), kigali, hub("XXA", "NG"))), 400, "country"); // a
																											// real
																											// country,
																											// not
																											// in
																											// the
																											// network
		expectProblem(mvc.perform(json(post("/api/v1/countries"), kigali, country("XY", "GHS"))), 400, "code");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void rejectsMalformedCurrencyCodes() throws Exception {
		String before = counts();
		expectProblem(mvc.perform(json(post("/api/v1/countries"), kigali, country("SN", "XO1"))), 400, "currency");
		expectProblem(mvc.perform(json(post("/api/v1/countries"), kigali, country("SN", "ABC"))), 400, "currency");
		expectProblem(mvc.perform(json(post("/api/v1/fx-rates"), kigali, rate("usd", "RWFX", "1450", "2026-11-28"))),
				400, "quote");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void rejectsNegativeZeroAndAbsurdRates() throws Exception {
		String before = counts();
		for (String bad : new String[] { "-1", "0", "0.000", "1000000001", "1e12", "0.0000000000001" }) {
			expectProblem(mvc.perform(json(post("/api/v1/fx-rates"), kigali, rate("USD", "UGX", bad, "2026-11-28"))),
					400, "rate");
		}
		expectProblem(mvc.perform(json(post("/api/v1/fx-rates"), kigali, rate("USD", "USD", "1", "2026-11-28"))), 400,
				"quote");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void rejectsADuplicateRateForThePairAndDay() throws Exception {
		String before = counts();
		expectProblem(mvc.perform(json(post("/api/v1/fx-rates"), kigali, rate("CNY", "RWF", "209", "2026-11-27"))), 409,
				null);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void rejectsDuplicateHubsAndCountries() throws Exception {
		String before = counts();
		expectProblem(mvc.perform(json(post("/api/v1/hubs"), kigali, hub("KGL", "RW"))), 409, null);
		expectProblem(mvc.perform(json(post("/api/v1/countries"), kigali, country("RW", "RWF"))), 409, null);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void rejectsBadCorridors() throws Exception {
		String before = counts();
		expectProblem(mvc.perform(json(post("/api/v1/corridors"), kigali, corridor("KGL", "HGH", 7))), 409, null); // duplicate
		expectProblem(mvc.perform(json(post("/api/v1/corridors"), kigali, corridor("KGL", "KGL", 7))), 400,
				"destination");
		expectProblem(mvc.perform(json(post("/api/v1/corridors"), kigali, corridor("KGL", "LOS", 7))), 400,
				"destination");
		expectProblem(mvc.perform(json(post("/api/v1/corridors"), kigali, corridor("KGL", "NBO", 0))), 400,
				"typicalTransitDays");
		expectProblem(mvc.perform(json(post("/api/v1/corridors"), kigali, corridor("KGL", "NBO", 500))), 400,
				"typicalTransitDays");
		expectProblem(
				mvc.perform(
						json(post("/api/v1/corridors"), kigali, corridor("KGL", "NBO", 3).replace("[\"AIR\"]", "[]"))),
				400, "modes");
		expectProblem(
				mvc.perform(
						json(post("/api/v1/corridors"), kigali, corridor("KGL", "NBO", 3).replace("AIR", "TELEPORT"))),
				400, "modes");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void rejectsAnEndDateBeforeTheStartDate() throws Exception {
		String before = counts();
		String body = hub("BAD", "RW").replace("\"validFrom\":\"2026-01-01\"",
				"\"validFrom\":\"2026-01-01\",\"validTo\":\"2025-12-31\"");
		expectProblem(mvc.perform(json(post("/api/v1/hubs"), kigali, body)), 400, "validTo");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void rejectsWrongContentTypesAndMalformedJson() throws Exception {
		String before = counts();
		expectProblem(mvc
			.perform(bearer(post("/api/v1/hubs"), kigali).contentType(MediaType.TEXT_PLAIN).content(hub("TXT", "RW"))),
				415, null);
		expectProblem(mvc.perform(json(post("/api/v1/hubs"), kigali, "{\"code\": \"JSN\", \"name\": ")), 400, null);
		expectProblem(mvc.perform(json(post("/api/v1/hubs"), kigali, "[1, 2]")), 400, null);
		expectProblem(mvc.perform(json(post("/api/v1/hubs"), kigali, "{}")), 400, "name");
		expectProblem(mvc.perform(json(post("/api/v1/fx-rates"), kigali, rate("CNY", "KES", "\"lots\"", "2026-11-28"))),
				400, "rate");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void changesACountryAndKeepsBlocMembershipHistory() throws Exception {
		mvc.perform(json(post("/api/v1/countries"), kigali, country("SS", "SSP")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/countries/SS"));
		mvc.perform(
				json(put("/api/v1/countries/SS"), kigali, country("SS", "SSP").replace("[\"AFCFTA\"]", "[\"EAC\"]")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.blocs", hasItem("EAC")))
			.andExpect(jsonPath("$.blocs.length()").value(1));
		// Leaving AfCFTA closed the membership row instead of deleting it.
		assertThat(jdbc.sql("SELECT COUNT(*) FROM network_country_bloc WHERE country_code = 'SS'")
			.query(Long.class)
			.single()).isEqualTo(2);
		expectProblem(
				mvc.perform(json(put("/api/v1/countries/SS"), kigali, country("SS", "SSP").replace("AFCFTA", "NAFTA"))),
				400, "blocs");
		expectProblem(mvc.perform(json(put("/api/v1/countries/SS"), kigali, country("SD", "SSP"))), 400, "code");
	}

	@Test
	void documentsTheApiInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/fx-rates/convert'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/corridors'].post.summary").exists());
	}

	@Test
	void seedsDemoDataOnlyOnce(@Autowired NetworkDemoData demoData) throws Exception {
		String before = counts();
		demoData.run(null);
		assertThat(counts()).isEqualTo(before);
	}

	// ---- helpers

	static void expectProblem(ResultActions result, int status, String field) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").exists());
		if (field != null) {
			result.andExpect(jsonPath("$.errors[*].field", hasItem(startsWith(field))));
		}
	}

	static String hub(String code, String country) {
		return """
				{"code":"%s","name":"Test hub","city":"Somewhere","country":"%s","validFrom":"2026-01-01","source":"test"}"""
			.formatted(code, country);
	}

	static String country(String code, String currency) {
		return """
				{"code":"%s","name":"Testland","currency":"%s","leastDeveloped":true,"blocs":["AFCFTA"],"source":"test"}"""
			.formatted(code, currency);
	}

	static String corridor(String origin, String destination, int days) {
		return """
				{"origin":"%s","destination":"%s","modes":["AIR"],"regimes":["GENERAL_TRADE"],"typicalTransitDays":%d,"source":"test"}"""
			.formatted(origin, destination, days);
	}

	static String rate(String base, String quote, String rate, String day) {
		return """
				{"base":"%s","quote":"%s","rate":%s,"effectiveDate":"%s","source":"test"}""".formatted(base, quote,
				rate, day);
	}

}
