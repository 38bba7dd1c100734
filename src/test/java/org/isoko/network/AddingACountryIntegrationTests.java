package org.isoko.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.isoko.identity.HubDirectory;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

/**
 * A new country is data, not code: the Kigali operator adds Ghana, an Accra hub, a Kigali
 * → Accra corridor and a GHS/RWF rate through the API, and the rest of the system uses
 * them at once.
 */
class AddingACountryIntegrationTests extends NetworkTestSupport {

	@Autowired
	Network network;

	@Autowired
	FxRates fx;

	@Autowired
	HubDirectory hubDirectory;

	@Test
	void addsGhanaAndAKigaliToAccraCorridorThroughTheApi() throws Exception {
		assertThat(network.country(CountryCode.of("GH"))).isEmpty();
		String token = tokenFor(KIGALI);

		mvc.perform(json(post("/api/v1/countries"), token,
				"""
						{"code":"GH","name":"Ghana","names":{"fr":"Ghana","zh":"加纳"},"currency":"GHS","leastDeveloped":false,
						 "blocs":["AFCFTA"],"validFrom":"2026-11-29","source":"AfCFTA State Parties list","sourceUrl":"https://au-afcfta.org"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/countries/GH"));
		mvc.perform(json(post("/api/v1/hubs"), token,
				"""
						{"code":"ACC","name":"Accra hub","names":{"fr":"Hub d'Accra","zh":"阿克拉枢纽"},"city":"Accra","country":"GH","validFrom":"2026-11-29","source":"Isoko hub agreement"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/hubs/ACC"));
		String corridor = mvc
			.perform(json(post("/api/v1/corridors"), token,
					"""
							{"origin":"KGL","destination":"ACC","modes":["AIR"],"regimes":["AFCFTA","GENERAL_TRADE"],"typicalTransitDays":6,
							 "validFrom":"2026-11-29","source":"Isoko corridor plan"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String corridorId = JsonPath.read(corridor, "$.id");
		mvc.perform(json(post("/api/v1/fx-rates"), token,
				"""
						{"base":"GHS","quote":"RWF","rate":95.25,"effectiveDate":"2026-11-28","source":"Test rate (illustrative)"}"""))
			.andExpect(status().isCreated());

		// Read back through the API
		mvc.perform(get("/api/v1/countries/GH"))
			.andExpect(jsonPath("$.currency").value("GHS"))
			.andExpect(jsonPath("$.leastDeveloped").value(false))
			.andExpect(jsonPath("$.blocs", hasItem("AFCFTA")))
			.andExpect(jsonPath("$.changed.createdBy").value(KIGALI));
		mvc.perform(get("/api/v1/hubs?country=GH"))
			.andExpect(jsonPath("$.items[0].code").value("ACC"))
			.andExpect(jsonPath("$.items[0].names.zh").value("阿克拉枢纽"));
		mvc.perform(get("/api/v1/corridors/" + corridorId))
			.andExpect(jsonPath("$.originCountry").value("RW"))
			.andExpect(jsonPath("$.destinationCountry").value("GH"));
		mvc.perform(get("/api/v1/corridors?origin=KGL&destination=ACC")).andExpect(jsonPath("$.totalItems").value(1));

		// Convert RWF → GHS with the inverse of GHS/RWF: 1 / 95.25 = 0.01049868766404199
		// (DECIMAL64)
		// 10,000 RWF × 0.01049868766404199 = 104.9868766... GHS → 104.99 GHS
		mvc.perform(get("/api/v1/fx-rates/convert?amount=10000&from=RWF&to=GHS&date=2026-11-29"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.converted.amount").value("104.99"))
			.andExpect(jsonPath("$.path").value("INVERSE"));

		// Other modules see Ghana through the network's public API and identity's port
		assertThat(network.requireCountry(CountryCode.of("GH")).currency()).isEqualTo(CurrencyCode.of("GHS"));
		assertThat(network.corridorsBetween(CountryCode.of("RW"), CountryCode.of("GH"))).hasSize(1);
		assertThat(
				fx.convert(Money.of("190.50", "GHS"), CurrencyCode.of("RWF"), LocalDate.of(2026, 11, 29)).converted())
			.isEqualTo(Money.of("18145", "RWF")); // 190.50 × 95.25 = 18,145.125 → 18,145
													// RWF
		assertThat(hubDirectory.hubFor(CountryCode.of("GH"))).get()
			.extracting(HubDirectory.HubSummary::code)
			.isEqualTo(HubCode.of("ACC"));

		// And people see it on the home page and the network page
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accra hub")))
			.andExpect(content().string(containsString("Ghana")));
		mvc.perform(get("/network?corridorsPage=0"))
			.andExpect(content().string(containsString("/network/corridors/" + corridorId)))
			.andExpect(content().string(containsString("Rwanda → Ghana")));
		mvc.perform(get("/network/countries/GH?lang=zh"))
			.andExpect(content().string(containsString("加纳")))
			.andExpect(content().string(containsString("阿克拉枢纽")));
		mvc.perform(get("/network/hubs/ACC?lang=rw")).andExpect(content().string(containsString("Accra hub")));
	}

}
