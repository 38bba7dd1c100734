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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.support.SignIn;
import org.isoko.trade.tariff.Percent;
import org.isoko.trade.tariff.TaxKind;
import org.isoko.trade.tariff.TaxRule;
import org.isoko.trade.tariff.Validity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The operators' trade-rule pages (start page, tax rules, cross-border retail rules,
 * freight rates) driven with real sign-in sessions: lists with filters and pages, forms
 * that show a refusal next to its field and change nothing, and who may open and change
 * what. The Spring context is shared with other test classes: every row these tests add
 * or change lies outside today (2015, 2024, 2090), so quotes elsewhere keep the shipped
 * rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TradeRulesPagesIntegrationTests {

	static final String HANGZHOU = "operator.hangzhou@isoko.demo";
	static final String KIGALI = "operator.kigali@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TradeStore store;

	@Autowired
	TradeReferenceData reference;

	// ---- start page

	@Test
	void anOperatorFindsEveryKindOfTradeRuleFromTheStartPage() throws Exception {
		MockHttpSession session = SignIn.session(mvc, KIGALI);
		MvcResult result = mvc.perform(get("/trade").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/trade/tariffs\"")))
			.andExpect(content().string(containsString("href=\"/trade/tax-rules\"")))
			.andExpect(content().string(containsString("href=\"/trade/cbec-rules\"")))
			.andExpect(content().string(containsString("href=\"/trade/freight-rates\"")))
			.andExpect(content()
				.string(containsString("retail rules of RW, and the freight rates of corridors from or to KGL")))
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(50 * 1024);
		mvc.perform(get("/trade/tariffs").session(session))
			.andExpect(content().string(containsString("href=\"/trade\"")));
		mvc.perform(get("/trade").param("lang", "zh").session(session))
			.andExpect(content().string(containsString("贸易规则")));
		mvc.perform(get("/trade").session(SignIn.session(mvc, "buyer.cn@isoko.demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/trade/freight-rates")).andExpect(status().is3xxRedirection());
	}

	// ---- tax rules

	@Test
	void taxRulesAreFilteredAndShownPageByPage() throws Exception {
		// 21 rules of chapters 01 to 21 for 2090: with Kenya's standard rate, 22 rules,
		// two pages of 20
		for (int chapter = 1; chapter <= 21; chapter++) {
			String prefix = String.format("%02d", chapter);
			store.insert(new TaxRule(UUID.randomUUID(), "TEST-KE-" + prefix, CountryCode.of("KE"), prefix, TaxKind.VAT,
					Percent.of("16"), Validity.from(LocalDate.of(2090, 1, 1)), "Test basis", "Test source", null),
					"test", Instant.now(clock));
		}
		reference.refresh();
		MockHttpSession session = SignIn.session(mvc, HANGZHOU);

		mvc.perform(get("/trade/tax-rules").param("importer", "KE").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(
					content().string(containsString("/trade/tax-rules?importer=KE&amp;hsCode=&amp;tax=&amp;page=1")));
		mvc.perform(get("/trade/tax-rules").param("importer", "KE").param("page", "1").session(session))
			.andExpect(content().string(containsString("Page 2 of 2")))
			.andExpect(content().string(containsString("2090-01-01")));
		mvc.perform(get("/trade/tax-rules").param("importer", "CN").param("hsCode", "2101").session(session))
			.andExpect(content().string(containsString("all goods")))
			.andExpect(content().string(containsString("2101")))
			.andExpect(content().string(not(containsString(">0901<"))));
		mvc.perform(get("/trade/tax-rules").param("importer", "CN").param("tax", "CONSUMPTION_TAX").session(session))
			.andExpect(content().string(containsString("Nothing here yet.")));
		mvc.perform(get("/trade/tax-rules").param("importer", "C3").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field-error\"")));
		mvc.perform(get("/trade/tax-rules").param("lang", "fr").session(session))
			.andExpect(content().string(containsString("Règles fiscales")));
	}

	@Test
	void anOperatorAddsAndCorrectsATaxRuleThroughTheFormsAndBadInputChangesNothing() throws Exception {
		MockHttpSession session = SignIn.session(mvc, HANGZHOU);
		mvc.perform(get("/trade/tax-rules/new").session(session))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("name=\"importer\" id=\"importer\" type=\"text\" value=\"CN\"")));
		long before = count("trade_tax_rule");
		long changes = count("trade_change");

		expectFieldError(submit(session, "/trade/tax-rules", taxRule(Map.of("rate", "abc"))), "rate",
				"is not a number");
		expectFieldError(submit(session, "/trade/tax-rules", taxRule(Map.of("rate", "150"))), "rate",
				"between 0 and 100");
		expectFieldError(submit(session, "/trade/tax-rules", taxRule(Map.of("hsPrefix", "0901.2"))), "hsPrefix",
				"2, 4, 6, 8 or 10 digits");
		expectFieldError(submit(session, "/trade/tax-rules", taxRule(Map.of("validFrom", "1 May"))), "validFrom",
				"is not a date");
		expectFieldError(submit(session, "/trade/tax-rules", taxRule(Map.of("source", ""))), "source",
				"source is required");
		expectFieldError(
				submit(session, "/trade/tax-rules", taxRule(Map.of("hsPrefix", "", "validFrom", "2020-01-01"))),
				"validFrom", "overlaps CN-VAT-STD-2019");
		// the value typed comes back with the refusal
		submit(session, "/trade/tax-rules", taxRule(Map.of("rate", "abc")))
			.andExpect(content().string(containsString("value=\"abc\"")));
		mvc.perform(post("/trade/tax-rules").with(csrf())
			.session(SignIn.session(mvc, KIGALI))
			.params(params(taxRule(Map.of())))).andExpect(status().isForbidden());
		assertThat(count("trade_tax_rule")).isEqualTo(before);
		assertThat(count("trade_change")).isEqualTo(changes);

		submit(session, "/trade/tax-rules", taxRule(Map.of()))
			.andExpect(redirectedUrl("/trade/tax-rules?importer=CN&saved"));
		assertThat(count("trade_tax_rule")).isEqualTo(before + 1);
		UUID id = jdbc.sql("SELECT id FROM trade_tax_rule WHERE importer = 'CN' AND hs_prefix = '210111'")
			.query(UUID.class)
			.single();
		mvc.perform(get("/trade/tax-rules/" + id).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"210111\"")))
			.andExpect(content().string(containsString(HANGZHOU + " · created")));

		submit(session, "/trade/tax-rules/" + id, taxRule(Map.of("rate", "6")))
			.andExpect(redirectedUrl("/trade/tax-rules?importer=CN&saved"));
		assertThat(jdbc.sql("SELECT rate FROM trade_tax_rule WHERE id = :id")
			.param("id", id)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("6");
		assertThat(
				reference.current().taxRules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().rate())
			.isEqualTo(Percent.of("6"));
		expectFieldError(submit(session, "/trade/tax-rules/" + id, taxRule(Map.of("validTo", "2080-01-01"))), "validTo",
				"after validFrom");
		mvc.perform(post("/trade/tax-rules/" + id).with(csrf())
			.session(SignIn.session(mvc, KIGALI))
			.params(params(taxRule(Map.of())))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT rate FROM trade_tax_rule WHERE id = :id")
			.param("id", id)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("6");
	}

	// ---- cross-border retail rules

	@Test
	void aNewRetailVersionStartsFromTheRuleItFollowsAndMayNotOverlapIt() throws Exception {
		MockHttpSession session = SignIn.session(mvc, HANGZHOU);
		UUID current = jdbc.sql("SELECT id FROM trade_cbec_rule WHERE importer = 'CN' AND valid_to IS NULL")
			.query(UUID.class)
			.single();
		mvc.perform(get("/trade/cbec-rules").param("importer", "CN").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("in force")))
			.andExpect(content().string(containsString("/trade/cbec-rules/new?after=" + current)));
		String today = LocalDate.now(clock).toString();
		String factor = jdbc.sql("SELECT tax_factor FROM trade_cbec_rule WHERE id = :id")
			.param("id", current)
			.query(BigDecimal.class)
			.single()
			.stripTrailingZeros()
			.toPlainString();
		mvc.perform(get("/trade/cbec-rules/new").param("after", current.toString()).session(session))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("name=\"annualLimit\" id=\"annualLimit\" type=\"text\" value=\"26000.00\"")))
			.andExpect(content()
				.string(containsString("name=\"taxFactor\" id=\"taxFactor\" type=\"text\" value=\"" + factor + "\"")))
			.andExpect(content()
				.string(containsString("name=\"validFrom\" id=\"validFrom\" type=\"date\" value=\"" + today + "\"")));
		long before = count("trade_cbec_rule");

		expectFieldError(submit(session, "/trade/cbec-rules", cbec(Map.of("validFrom", "2040-01-01", "validTo", ""))),
				"validFrom", "overlaps");
		expectFieldError(submit(session, "/trade/cbec-rules", cbec(Map.of("taxFactor", "70"))), "taxFactor",
				"between 0 and 1");
		expectFieldError(submit(session, "/trade/cbec-rules", cbec(Map.of("perOrderLimit", "0"))), "perOrderLimit",
				"more than zero");
		expectFieldError(submit(session, "/trade/cbec-rules", cbec(Map.of("annualLimit", "lots"))), "annualLimit",
				"is not a number");
		expectFieldError(submit(session, "/trade/cbec-rules", cbec(Map.of("currency", "RWF"))), "currency",
				"counted in CNY");
		mvc.perform(post("/trade/cbec-rules").with(csrf())
			.session(SignIn.session(mvc, KIGALI))
			.params(params(cbec(Map.of())))).andExpect(status().isForbidden());
		assertThat(count("trade_cbec_rule")).isEqualTo(before);

		// a version of its own before the first one (the tests keep the rules in force
		// today as they are)
		submit(session, "/trade/cbec-rules", cbec(Map.of()))
			.andExpect(redirectedUrl("/trade/cbec-rules?importer=CN&saved"));
		assertThat(count("trade_cbec_rule")).isEqualTo(before + 1);
		assertThat(reference.current()
			.crossBorderRetail(CountryCode.of("CN"), LocalDate.of(2015, 6, 1))
			.orElseThrow()
			.perOrderLimit()
			.amount()).isEqualTo("1000.00");
	}

	@Test
	void anOperatorCorrectsAClosedRetailVersion() throws Exception {
		MockHttpSession session = SignIn.session(mvc, HANGZHOU);
		UUID first = jdbc.sql("SELECT id FROM trade_cbec_rule WHERE ref = 'CN-CBEC-2016'").query(UUID.class).single();
		mvc.perform(get("/trade/cbec-rules/" + first).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2016-04-08\"")));
		submit(session, "/trade/cbec-rules/" + first,
				cbec(Map.of("perOrderLimit", "2000", "annualLimit", "20000", "validFrom", "2016-04-08", "validTo",
						"2019-01-01", "source", "Caiguanshui [2016] No. 18 (form)")))
			.andExpect(redirectedUrl("/trade/cbec-rules?importer=CN&saved"));
		assertThat(jdbc.sql("SELECT source FROM trade_cbec_rule WHERE id = :id")
			.param("id", first)
			.query(String.class)
			.single()).isEqualTo("Caiguanshui [2016] No. 18 (form)");
		mvc.perform(get("/trade/cbec-rules/" + first).session(session))
			.andExpect(content().string(containsString(HANGZHOU + " · updated")));
	}

	// ---- freight rates

	@Test
	void anOperatorKeepsTheFreightRatesOfItsHubAndBadInputChangesNothing() throws Exception {
		MockHttpSession session = SignIn.session(mvc, HANGZHOU);
		mvc.perform(get("/trade/freight-rates").param("hub", "NBO").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("KGL → NBO")))
			.andExpect(content().string(containsString("NBO → KGL")))
			.andExpect(content().string(not(containsString("HGH → KGL"))));
		mvc.perform(get("/trade/freight-rates/new").session(session))
			.andExpect(content().string(containsString("name=\"origin\" id=\"origin\" type=\"text\" value=\"HGH\"")));
		long before = count("trade_freight_rate");

		expectFieldError(submit(session, "/trade/freight-rates", freight(Map.of("perKg", "x"))), "perKg",
				"is not a number");
		expectFieldError(submit(session, "/trade/freight-rates", freight(Map.of("mode", "SEA"))), "mode",
				"does not offer SEA");
		expectFieldError(submit(session, "/trade/freight-rates", freight(Map.of("insurance", "120"))), "insurance",
				"between 0 and 100");
		expectFieldError(
				submit(session, "/trade/freight-rates", freight(Map.of("validFrom", "2030-01-01", "validTo", ""))),
				"validFrom", "overlaps DEMO-HGH-KGL-AIR");
		mvc.perform(post("/trade/freight-rates").with(csrf())
			.session(session)
			.params(params(freight(Map.of("origin", "KGL", "destination", "NBO", "mode", "ROAD")))))
			.andExpect(status().isForbidden());
		assertThat(count("trade_freight_rate")).isEqualTo(before);

		submit(session, "/trade/freight-rates", freight(Map.of()))
			.andExpect(redirectedUrl("/trade/freight-rates?hub=HGH&saved"));
		UUID id = jdbc
			.sql("SELECT id FROM trade_freight_rate WHERE origin_hub = 'HGH' AND valid_from = DATE '2024-01-01'")
			.query(UUID.class)
			.single();
		submit(session, "/trade/freight-rates/" + id, freight(Map.of("perKg", "4.75")))
			.andExpect(redirectedUrl("/trade/freight-rates?hub=HGH&saved"));
		assertThat(reference.current()
			.freightRates()
			.stream()
			.filter(f -> f.id().equals(id))
			.findFirst()
			.orElseThrow()
			.perKg()).isEqualByComparingTo("4.75");
		mvc.perform(get("/trade/freight-rates/" + id).session(session))
			.andExpect(content().string(containsString(HANGZHOU + " · updated")));
	}

	// ---- helpers

	ResultActions submit(MockHttpSession session, String path, Map<String, String> fields) throws Exception {
		return mvc.perform(post(path).with(csrf()).session(session).params(params(fields)));
	}

	static void expectFieldError(ResultActions result, String field, String messagePart) throws Exception {
		result.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content().string(containsString(messagePart)));
	}

	static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> fields) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		fields.forEach(params::add);
		return params;
	}

	/** A 9 % VAT rule on HS 2101.11 from 2090, with {@code changes} on top. */
	static Map<String, String> taxRule(Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("importer", "CN");
		fields.put("hsPrefix", "2101.11");
		fields.put("tax", "VAT");
		fields.put("rate", "9");
		fields.put("validFrom", "2090-01-01");
		fields.put("validTo", "");
		fields.put("legalBasis", "Test basis");
		fields.put("source", "[U] test source");
		fields.put("sourceUrl", "");
		fields.putAll(changes);
		return fields;
	}

	/**
	 * A retail rule of China from 2015 until the first shipped version (8 Apr 2016), with
	 * {@code changes} on top.
	 */
	static Map<String, String> cbec(Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("importer", "CN");
		fields.put("currency", "CNY");
		fields.put("perOrderLimit", "1000");
		fields.put("annualLimit", "20000");
		fields.put("taxFactor", "0.7");
		fields.put("tariffWithinLimits", "0");
		fields.put("validFrom", "2015-01-01");
		fields.put("validTo", "2016-04-08");
		fields.put("legalBasis", "Test basis");
		fields.put("source", "[U] test source");
		fields.put("sourceUrl", "");
		fields.putAll(changes);
		return fields;
	}

	/** An air rate HGH → KGL for 2024, with {@code changes} on top. */
	static Map<String, String> freight(Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("origin", "HGH");
		fields.put("destination", "KGL");
		fields.put("mode", "AIR");
		fields.put("currency", "USD");
		fields.put("perKg", "5");
		fields.put("minimum", "60");
		fields.put("insurance", "0.5");
		fields.put("validFrom", "2024-01-01");
		fields.put("validTo", "2025-01-01");
		fields.put("source", "Carrier quote (test)");
		fields.put("sourceUrl", "");
		fields.putAll(changes);
		return fields;
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
