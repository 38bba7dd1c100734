package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.isoko.support.SignIn.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.shared.InvalidInput;
import org.isoko.support.MutableClockConfiguration;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Trade rule 5, every listing can be quoted: a lot is offered on a corridor only when the
 * destination's tariff has a line in force for its HS code (issue 17: HAM-2026-MESH, HS
 * 3926.90, was listed to Rwandan buyers and every quote was refused), and hub operators
 * see the listed lots whose line is missing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class TariffCoverageIntegrationTests {

	static final String COOP = "seller.coop@isoko.demo";

	static final String HANGZHOU = "operator.hangzhou@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listingALotWithoutATariffLineAtTheDestinationIsRefusedWithAProblemAndChangesNothing() throws Exception {
		TradeFixtures fixtures = new TradeFixtures(context);
		String seller = SignIn.token(mvc, COOP);
		String product = JsonPath.read(mvc
			.perform(bearer(post("/api/v1/products"), seller).contentType(MediaType.APPLICATION_JSON).content("""
					{"category":"GREEN_COFFEE","hsCode":"6109.10","unitOfSale":"1 T-shirt","netWeightGrams":200,
					 "grossWeightGrams":250,"texts":[{"language":"en","name":"T-shirt","description":"Cotton"}]}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		long lots = lots();

		mvc.perform(bearer(post("/api/v1/lots"), seller).contentType(MediaType.APPLICATION_JSON).content("""
				{"productId":"%s","reference":"TEE-1","quantity":10,"unitPrice":{"amount":"8000","currency":"RWF"},
				 "minOrderQuantity":1,"provenance":{"country":"RW","region":"Kigali","producerName":"Test",
				 "producerKind":"COMPANY"},"corridors":["%s"]}""".formatted(product, fixtures.corridor("KGL", "HGH"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("corridors")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("HS 6109.10 has no tariff line of CN")));
		assertThat(lots()).isEqualTo(lots);
		// the seller's page says it by the corridors
		mvc.perform(post("/seller/lots").session(SignIn.session(mvc, COOP))
			.with(csrf())
			.param("product", product)
			.param("reference", "TEE-2")
			.param("quantity", "10")
			.param("price", "8000")
			.param("minOrderQuantity", "1")
			.param("originCountry", "RW")
			.param("originRegion", "Kigali")
			.param("producerName", "Test")
			.param("producerKind", "COMPANY")
			.param("corridors", fixtures.corridor("KGL", "HGH").toString()))
			.andExpect(content().string(containsString("id=\"corridors-error\"")))
			.andExpect(content().string(containsString("HS 6109.10 has no tariff line of CN")));
		assertThat(lots()).isEqualTo(lots);
		// the catalog's own API refuses it the same way, whoever calls it
		assertThatThrownBy(() -> fixtures.lot(fixtures.coop(), "610910", 8_000, "RWF", 250, 10, List.of("KGL-HGH")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("no tariff line of CN");
		assertThat(lots()).isEqualTo(lots);
	}

	@Test
	void operatorsSeeListedLotsWhoseTariffLineWasClosedAndQuotesNameTheMissingLine() throws Exception {
		TradeFixtures fixtures = new TradeFixtures(context);
		String operator = SignIn.token(mvc, HANGZHOU);
		String line = JsonPath.read(mvc
			.perform(bearer(post("/api/v1/tariff-lines"), operator).contentType(MediaType.APPLICATION_JSON)
				.content(tariff("2026-01-01", null)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		LotId boxes = fixtures.lot(fixtures.coop(), "481920", 5_000, "RWF", 2_000, 10, List.of("KGL-HGH"));
		String reference = jdbc.sql("SELECT reference FROM catalog_lot WHERE id = :id")
			.param("id", boxes.value())
			.query(String.class)
			.single();
		MockHttpSession session = SignIn.session(mvc, HANGZHOU);
		mvc.perform(get("/trade/missing-lines").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(reference))));

		// the operator closes the line today: the listed lot can no longer be quoted
		mvc.perform(bearer(put("/api/v1/tariff-lines/" + line), operator).contentType(MediaType.APPLICATION_JSON)
			.content(tariff("2026-01-01", LocalDate.now().toString()))).andExpect(status().isOk());
		mvc.perform(get("/trade/missing-lines").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("4819.20")))
			.andExpect(content().string(containsString("/trade/tariffs/new?importer=CN&amp;hsCode=4819.20")));
		mvc.perform(bearer(post("/api/v1/quotes"), SignIn.token(mvc, "importer.cn@isoko.demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"destination\":\"CN\",\"lines\":[{\"lotId\":\"" + boxes + "\",\"quantity\":1}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("no MFN tariff line")));
		// buyers and sellers do not see the operators' page
		mvc.perform(get("/trade/missing-lines").session(SignIn.session(mvc, COOP))).andExpect(status().isForbidden());
	}

	static String tariff(String from, String to) {
		return "{\"importer\":\"CN\",\"hsCode\":\"4819.20\",\"scheme\":\"MFN\",\"rate\":7.5,\"validFrom\":\"" + from
				+ "\"" + (to == null ? "" : ",\"validTo\":\"" + to + "\"")
				+ ",\"legalBasis\":\"Test basis\",\"source\":\"Test source [U]\"}";
	}

	long lots() {
		return jdbc.sql("SELECT COUNT(*) FROM catalog_lot").query(Long.class).single();
	}

}
