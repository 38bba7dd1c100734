package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.isoko.support.SignIn.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.isoko.catalog.LotId;
import org.isoko.support.SignIn;
import org.isoko.trade.tariff.CbecRule;
import org.isoko.trade.tariff.FreightRate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * Tax rules, cross-border retail rules and freight rates through the API: who may change
 * which, refusals that name the field (or, for overlapping periods, both periods) and
 * change nothing, and quotes that use an edit at once.
 * <p>
 * The Spring context (and its database) is shared with the other test classes, which
 * quote with the shipped rules: a test that changes a rule in force today puts it back
 * afterwards; other rows these tests add lie outside today.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TradeRulesApiIntegrationTests {

	static final String ADMIN = "admin@isoko.demo";
	static final String HANGZHOU = "operator.hangzhou@isoko.demo";
	static final String KIGALI = "operator.kigali@isoko.demo";
	static final String IMPORTER = "importer.cn@isoko.demo";
	static final String CONSUMER = "buyer.cn@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TradeStore store;

	@Autowired
	TradeReferenceData reference;

	TradeFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TradeFixtures(context);
	}

	// ---- tax rules

	@Test
	void listsTaxRulesByImporterCodeAndTaxPageByPage() throws Exception {
		// 2101 is covered by CN's standard rate and by the 2101 rule; the 0901 rule is
		// left out
		mvc.perform(get("/api/v1/tax-rules?importer=CN&hsCode=2101.12&tax=VAT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[*].ref", hasItem("CN-VAT-STD-2019")))
			.andExpect(jsonPath("$.items[*].ref", hasItem("CN-VAT-2101-2019")))
			.andExpect(jsonPath("$.items[*].ref", not(hasItem("CN-VAT-0901-2019"))));
		mvc.perform(get("/api/v1/tax-rules?importer=CN&hsCode=2101.12&size=1&page=1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.totalPages").value(2));
		mvc.perform(get("/api/v1/tax-rules?tax=CUSTOMS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("tax")));
	}

	@Test
	void aTaxExemptionReachesTheNextQuote() throws Exception {
		LotId decaf = fixtures.lot(fixtures.coop(), "090122", 12_000, "RWF", 300, 50, List.of("KGL-HGH"));
		String importer = SignIn.token(mvc, IMPORTER);
		quote(importer, decaf, 4).andExpect(jsonPath("$.lines[0].taxes[0].statutoryRate").value(13));
		try {
			mvc.perform(json(post("/api/v1/tax-rules"), SignIn.token(mvc, HANGZHOU),
					body(Map.of("importer", "CN", "hsPrefix", "0901.22", "tax", "VAT", "rate", 0, "validFrom", today(),
							"legalBasis", "Test exemption", "source", "[U] test"))))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", containsString("/api/v1/tax-rules/")))
				.andExpect(jsonPath("$.hsPrefix").value("090122"));

			quote(importer, decaf, 4).andExpect(jsonPath("$.lines[0].taxes[0].statutoryRate").value(0));
		}
		finally {
			restore(() -> jdbc.sql("DELETE FROM trade_tax_rule WHERE importer = 'CN' AND hs_prefix = '090122'")
				.update());
		}
	}

	// ---- cross-border retail rules

	@Test
	void anOperatorInChinaOpensANewRetailVersionAndTheNextQuoteUsesIt() throws Exception {
		LotId roastedBags = fixtures.lot(fixtures.coop(), "090121", 12_000, "RWF", 300, 500, List.of("KGL-HGH"));
		String consumer = SignIn.token(mvc, CONSUMER);
		quote(consumer, roastedBags, 4).andExpect(jsonPath("$.crossBorderRetail.perOrderLimit.amount").value("5000.00"))
			.andExpect(jsonPath("$.lines[0].taxes[0].effectiveRate").value(0.091)); // 13
																					// % ×
																					// 0.7

		String token = SignIn.token(mvc, HANGZHOU);
		long changes = cbecChangesBy(HANGZHOU);
		String current = idOf("/api/v1/cbec-rules?importer=CN", "CN-CBEC-2019");
		CbecRule shipped = store.cbecRule(UUID.fromString(current)).orElseThrow();
		try {
			// close the version in force today, then the new version from today
			mvc.perform(json(put("/api/v1/cbec-rules/" + current), token,
					cbec(Map.of("validFrom", "2019-01-01", "validTo", today()))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ref").value("CN-CBEC-2019"))
				.andExpect(jsonPath("$.validity.to").value(today()));
			mvc.perform(json(post("/api/v1/cbec-rules"), token,
					cbec(Map.of("perOrderLimit", 3000, "taxFactor", 0.5, "validFrom", today()))))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.perOrderLimit.amount").value("3000.00"))
				.andExpect(jsonPath("$.perOrderLimit.currency").value("CNY"))
				.andExpect(jsonPath("$.taxFactor").value(0.5));

			quote(consumer, roastedBags, 4)
				.andExpect(jsonPath("$.crossBorderRetail.perOrderLimit.amount").value("3000.00"))
				.andExpect(jsonPath("$.crossBorderRetail.taxFactor").value(0.5))
				.andExpect(jsonPath("$.lines[0].taxes[0].effectiveRate").value(0.065)); // 13
																						// %
																						// ×
																						// 0.5
			assertThat(cbecChangesBy(HANGZHOU)).isEqualTo(changes + 2);
		}
		finally {
			restore(() -> {
				jdbc.sql("DELETE FROM trade_cbec_rule WHERE importer = 'CN' AND valid_from = :today")
					.param("today", LocalDate.now(clock))
					.update();
				store.update(shipped, TradeReferenceData.LOADER, clock.instant());
			});
		}
	}

	long cbecChangesBy(String email) {
		return jdbc.sql("SELECT COUNT(*) FROM trade_change WHERE entity = 'cbec-rule' AND changed_by = :by")
			.param("by", email)
			.query(Long.class)
			.single();
	}

	@Test
	void badRetailRulesAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
		String token = SignIn.token(mvc, HANGZHOU);
		String before = counts();

		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("taxFactor", 1.5))), "taxFactor",
				"between 0 and 1");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("taxFactor", -0.1))), "taxFactor",
				"between 0 and 1");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("taxFactor", 0.12345))), "taxFactor", "4 decimals");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("tariffWithinLimits", 101))), "tariffWithinLimits",
				"between 0 and 100");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("tariffWithinLimits", -1))), "tariffWithinLimits",
				"between 0 and 100");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("perOrderLimit", 0))), "perOrderLimit",
				"more than zero");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("perOrderLimit", -5000))), "perOrderLimit",
				"more than zero");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("annualLimit", 26000.001))), "annualLimit",
				"more decimals");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("perOrderLimit", 30000))), "perOrderLimit",
				"cannot exceed the annual limit");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("currency", "USD"))), "currency", "counted in CNY");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("currency", "XYZ"))), "currency", null);
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("importer", "ZZ"))), "importer", null);
		expectProblem(
				send(token, "/api/v1/cbec-rules", cbec(Map.of("validFrom", "2031-01-01", "validTo", "2030-01-01"))),
				"validTo", "after validFrom");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("validFrom", ""))), "validFrom", null);
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("source", " "))), "source", "required");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("legalBasis", ""))), "legalBasis", "required");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("sourceUrl", "ftp://example.org/x"))), "sourceUrl",
				"http(s)");
		expectProblem(send(token, "/api/v1/cbec-rules", cbec(Map.of("taxFactor", "seventy"))), "taxFactor", null);
		// 2017 lies inside the first version's period (8 Apr 2016 until 1 Jan 2019)
		expectConflict(
				send(token, "/api/v1/cbec-rules", cbec(Map.of("validFrom", "2017-06-01", "validTo", "2018-01-01"))),
				"overlaps CN-CBEC-2016 (2016-04-08", "2017-06-01");
		mvc.perform(json(put("/api/v1/cbec-rules/" + UUID.randomUUID()), token, cbec(Map.of())))
			.andExpect(status().isNotFound());
		// only operators in China (and admins) change China's rules
		String first = idOf("/api/v1/cbec-rules?importer=CN", "CN-CBEC-2016");
		mvc.perform(json(put("/api/v1/cbec-rules/" + first), SignIn.token(mvc, KIGALI),
				cbec(Map.of("validFrom", "2016-04-08", "validTo", "2019-01-01"))))
			.andExpect(status().isForbidden());
		mvc.perform(
				json(post("/api/v1/cbec-rules"), SignIn.token(mvc, KIGALI), cbec(Map.of("validFrom", "2040-01-01"))))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/cbec-rules"), SignIn.token(mvc, CONSUMER), cbec(Map.of())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/cbec-rules").contentType(MediaType.APPLICATION_JSON).content(cbec(Map.of())))
			.andExpect(status().isUnauthorized());

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void anAdminCorrectsAClosedRetailVersion() throws Exception {
		String first = idOf("/api/v1/cbec-rules?importer=CN", "CN-CBEC-2016");
		mvc.perform(json(put("/api/v1/cbec-rules/" + first), SignIn.token(mvc, ADMIN),
				cbec(Map.of("perOrderLimit", 2000, "annualLimit", 20000, "validFrom", "2016-04-08", "validTo",
						"2019-01-01", "source", "Caiguanshui [2016] No. 18, checked again"))))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/cbec-rules/" + first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value("Caiguanshui [2016] No. 18, checked again"))
			.andExpect(jsonPath("$.annualLimit.amount").value("20000.00"));
	}

	// ---- freight rates

	@Test
	void anOperatorOfTheCorridorChangesItsFreightRateAndTheNextQuoteUsesIt() throws Exception {
		LotId coffee = fixtures.lot(fixtures.coop(), "090111", 250_000, "RWF", 61_000, 100, List.of("KGL-HGH"));
		String importer = SignIn.token(mvc, IMPORTER);
		BigDecimal before = decimal(quote(importer, coffee, 20), "$.freight.consignmentFreight");
		assertThat(before).isEqualByComparingTo("5490"); // 4.50 USD × 1,220 kg

		String rate = idOf("/api/v1/freight-rates?hub=KGL&mode=AIR", "DEMO-KGL-HGH-AIR");
		FreightRate shipped = store.freightRate(UUID.fromString(rate)).orElseThrow();
		try {
			mvc.perform(json(put("/api/v1/freight-rates/" + rate), SignIn.token(mvc, KIGALI),
					freight(Map.of("perKg", 9, "validFrom", "2026-01-01", "source", "Carrier quote KGL-HGH 2026-12"))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.perKg").value(9));

			ResultActions after = quote(importer, coffee, 20)
				.andExpect(jsonPath("$.freight.source").value("Carrier quote KGL-HGH 2026-12"));
			assertThat(decimal(after, "$.freight.consignmentFreight")).isEqualByComparingTo("10980"); // 9
																										// USD
																										// ×
																										// 1,220
																										// kg
		}
		finally {
			restore(() -> store.update(shipped, "demo-data", clock.instant()));
		}
	}

	@Test
	void badFreightRatesAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
		String token = SignIn.token(mvc, KIGALI);
		String before = counts();

		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("origin", "XYZ"))), "origin",
				"There is no hub XYZ");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("origin", "k"))), "origin", "Hub code");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("destination", "KGL"))), "destination",
				"another hub");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("origin", "HGH", "destination", "NBO"))),
				"destination", "no corridor HGH → NBO");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("mode", "SEA"))), "mode",
				"does not offer SEA");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("mode", "BOAT"))), "mode", "not one of");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("currency", "EUR"))), "currency", "USD");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("perKg", -1))), "perKg", "from 0");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("perKg", 1.23456))), "perKg", "4 decimals");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("perKg", 2_000_000))), "perKg", "from 0");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("minimum", -1))), "minimum", "zero or more");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("minimum", 0.001))), "minimum",
				"more decimals");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("insurance", 101))), "insurance",
				"between 0 and 100");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("validTo", "2031-01-01"))), "validTo",
				"after validFrom");
		expectProblem(send(token, "/api/v1/freight-rates", freight(Map.of("source", ""))), "source", "required");
		expectConflict(send(token, "/api/v1/freight-rates", freight(Map.of("validFrom", "2030-01-01"))),
				"overlaps DEMO-KGL-HGH-AIR (2026-01-01", "freight rate KGL → HGH AIR");
		mvc.perform(json(put("/api/v1/freight-rates/" + UUID.randomUUID()), token, freight(Map.of())))
			.andExpect(status().isNotFound());

		assertThat(counts()).isEqualTo(before);
	}

	// ---- hubs and countries keep to their own rules

	@Test
	void operatorsChangeOnlyTheRulesOfTheirCountryAndTheFreightOfTheirHub() throws Exception {
		String hangzhou = SignIn.token(mvc, HANGZHOU);
		String kigali = SignIn.token(mvc, KIGALI);
		String before = counts();

		// Hangzhou is neither end of KGL → NBO
		mvc.perform(json(post("/api/v1/freight-rates"), hangzhou, freight(
				Map.of("destination", "NBO", "mode", "ROAD", "validFrom", "2025-01-01", "validTo", "2026-01-01"))))
			.andExpect(status().isForbidden());
		String kglNbo = idOf("/api/v1/freight-rates?hub=NBO&mode=ROAD", "DEMO-KGL-NBO-ROAD");
		mvc.perform(json(put("/api/v1/freight-rates/" + kglNbo), hangzhou,
				freight(Map.of("destination", "NBO", "mode", "ROAD", "validFrom", "2026-01-01"))))
			.andExpect(status().isForbidden());
		// Kigali's operators do not set China's taxes or retail rules; Hangzhou's do not
		// set Rwanda's
		String cnStandard = idOf("/api/v1/tax-rules?importer=CN&hsCode=2101", "CN-VAT-STD-2019");
		mvc.perform(json(put("/api/v1/tax-rules/" + cnStandard), kigali, body(Map.of("importer", "CN", "hsPrefix", "",
				"tax", "VAT", "rate", 9, "validFrom", "2019-04-01", "legalBasis", "x", "source", "y"))))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/tax-rules"), hangzhou, body(Map.of("importer", "RW", "hsPrefix", "0901", "tax",
				"VAT", "rate", 0, "validFrom", "2090-01-01", "legalBasis", "x", "source", "y"))))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/cbec-rules"), kigali, cbec(Map.of("validFrom", "2090-01-01"))))
			.andExpect(status().isForbidden());
		assertThat(counts()).isEqualTo(before);

		// each may change its own: Hangzhou a past period of HGH → KGL, Kigali of KGL →
		// NBO, Kigali a Rwandan tax rule
		mvc.perform(json(post("/api/v1/freight-rates"), hangzhou,
				freight(Map.of("origin", "HGH", "destination", "KGL", "currency", "CNY", "validFrom", "2025-01-01",
						"validTo", "2026-01-01"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.minimum.currency").value("CNY"));
		mvc.perform(json(post("/api/v1/freight-rates"), kigali, freight(Map.of("destination", "NBO", "mode", "ROAD",
				"currency", "RWF", "minimum", 50000, "validFrom", "2025-01-01", "validTo", "2026-01-01"))))
			.andExpect(status().isCreated());
		mvc.perform(
				json(post("/api/v1/tax-rules"), kigali,
						body(Map.of("importer", "RW", "hsPrefix", "0901", "tax", "VAT", "rate", 18, "validFrom",
								"2090-01-01", "legalBasis", "x", "source", "[U] test"))))
			.andExpect(status().isCreated());
		// an admin may change any corridor
		mvc.perform(json(post("/api/v1/freight-rates"), SignIn.token(mvc, ADMIN),
				freight(Map.of("origin", "NBO", "destination", "KGL", "mode", "ROAD", "currency", "KES", "validFrom",
						"2025-01-01", "validTo", "2026-01-01"))))
			.andExpect(status().isCreated());
		assertThat(count("trade_freight_rate")).isEqualTo(countIn(before, "freight") + 3);
		assertThat(count("trade_tax_rule")).isEqualTo(countIn(before, "tax") + 1);
	}

	@Test
	void theRulesArePublicToReadButNotToWrite() throws Exception {
		mvc.perform(get("/api/v1/freight-rates?hub=HGH&mode=MULTIMODAL"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].ref").value("DEMO-HGH-KGL-MULTIMODAL"));
		mvc.perform(get("/api/v1/cbec-rules?importer=CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].ref", hasItem("CN-CBEC-2016")));
		mvc.perform(get("/api/v1/freight-rates/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/freight-rates?hub=x")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/freight-rates").contentType(MediaType.APPLICATION_JSON).content(freight(Map.of())))
			.andExpect(status().isUnauthorized());
	}

	// ---- helpers

	/**
	 * Puts back a rule changed by a test (straight in the tables: the API refuses nothing
	 * an operator may do) and reloads.
	 */
	void restore(Runnable putBack) {
		putBack.run();
		reference.refresh();
	}

	ResultActions quote(String token, LotId lot, int quantity) throws Exception {
		return mvc
			.perform(json(post("/api/v1/quotes"), token,
					"{\"destination\":\"CN\",\"lines\":[{\"lotId\":\"" + lot + "\",\"quantity\":" + quantity + "}]}"))
			.andExpect(status().isOk());
	}

	/** POSTs {@code body} to {@code path} as the holder of {@code token}. */
	ResultActions send(String token, String path, String body) throws Exception {
		return mvc.perform(json(post(path), token, body));
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token, String body) {
		return bearer(request, token).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	String today() {
		return LocalDate.now(clock).toString();
	}

	/** The id of the row with {@code ref} in the first page of {@code list}. */
	String idOf(String list, String ref) throws Exception {
		List<String> ids = JsonPath.read(mvc.perform(get(list + (list.contains("?") ? "&" : "?") + "size=100"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[?(@.ref == '" + ref + "')].id");
		assertThat(ids).as("row " + ref + " in " + list).hasSize(1);
		return ids.get(0);
	}

	static BigDecimal decimal(ResultActions result, String path) throws Exception {
		Object value = JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
		return new BigDecimal(String.valueOf(value));
	}

	/**
	 * China's current rule (RMB 5,000 / 26,000, 0.7, 0 %), from 2031, with
	 * {@code changes} on top.
	 */
	static String cbec(Map<String, Object> changes) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("importer", "CN");
		body.put("currency", "CNY");
		body.put("perOrderLimit", 5000);
		body.put("annualLimit", 26000);
		body.put("taxFactor", 0.7);
		body.put("tariffWithinLimits", 0);
		body.put("validFrom", "2031-01-01");
		body.put("legalBasis", "Test basis");
		body.put("source", "Test source");
		body.putAll(changes);
		return body(body);
	}

	/** An air rate KGL → HGH in US dollars from 2031, with {@code changes} on top. */
	static String freight(Map<String, Object> changes) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("origin", "KGL");
		body.put("destination", "HGH");
		body.put("mode", "AIR");
		body.put("currency", "USD");
		body.put("perKg", 4);
		body.put("minimum", 50);
		body.put("insurance", 0.5);
		body.put("validFrom", "2031-01-01");
		body.put("source", "Carrier quote");
		body.putAll(changes);
		return body(body);
	}

	/**
	 * A JSON object: strings quoted, numbers as they are; an empty date leaves the field
	 * out.
	 */
	static String body(Map<String, ? extends @Nullable Object> fields) {
		return fields.entrySet()
			.stream()
			.filter(e -> e.getValue() != null && !(e.getKey().startsWith("valid") && "".equals(e.getValue())))
			.map(e -> "\"" + e.getKey() + "\":"
					+ (e.getValue() instanceof String ? "\"" + e.getValue() + "\"" : e.getValue()))
			.collect(Collectors.joining(",", "{", "}"));
	}

	static void expectProblem(ResultActions result, String field, @Nullable String messagePart) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem(containsString(field))));
		if (messagePart != null) {
			result.andExpect(jsonPath("$.errors[0].message").value(containsString(messagePart)));
		}
	}

	static void expectConflict(ResultActions result, String... detailParts) throws Exception {
		result.andExpect(status().isConflict());
		for (String part : detailParts) {
			result.andExpect(jsonPath("$.detail").value(containsString(part)));
		}
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	static long countIn(String counts, String name) {
		for (String part : counts.split(" ")) {
			if (part.startsWith(name + "=")) {
				return Long.parseLong(part.substring(name.length() + 1));
			}
		}
		throw new IllegalArgumentException(name);
	}

	String counts() {
		return "tariff=" + count("trade_tariff_line") + " tax=" + count("trade_tax_rule") + " cbec="
				+ count("trade_cbec_rule") + " freight=" + count("trade_freight_rate") + " changes="
				+ count("trade_change") + " rows="
				+ jdbc.sql("""
						SELECT (SELECT COUNT(*) FROM trade_cbec_rule WHERE updated_by <> 'reference-data')
						     + (SELECT COUNT(*) FROM trade_freight_rate WHERE updated_by <> 'demo-data')
						     + (SELECT COUNT(*) FROM trade_tax_rule WHERE updated_by <> 'reference-data')""")
					.query(Long.class)
					.single();
	}

}
