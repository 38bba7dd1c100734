package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.isoko.support.SignIn.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.support.MutableClockConfiguration;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The quote and reference-data API as clients meet it, including refusals that name the
 * field and change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class TradeApiIntegrationTests {

	static final String IMPORTER = "importer.cn@isoko.demo";
	static final String CONSUMER = "buyer.cn@isoko.demo";
	static final String KENYA = "buyer.ke@isoko.demo";
	static final String HANGZHOU = "operator.hangzhou@isoko.demo";
	static final String KIGALI = "operator.kigali@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	TradeFixtures fixtures;

	LotId certifiedCoffee;

	LotId plainCoffee;

	LotId roastedBags;

	LotId eacCoffee;

	LotId expiredCoffee;

	LotId afcftaCoffee;

	@BeforeEach
	void lots() {
		fixtures = new TradeFixtures(context);
		UUID coop = fixtures.coop();
		certifiedCoffee = fixtures.lot(coop, "090111", 250_000, "RWF", 61_000, 100, List.of("KGL-HGH"),
				TradeFixtures.valid(PreferenceScheme.CHINA_LDC));
		plainCoffee = fixtures.lot(coop, "090111", 250_000, "RWF", 61_000, 100, List.of("KGL-HGH", "KGL-NBO"));
		roastedBags = fixtures.lot(coop, "090121", 12_000, "RWF", 300, 500, List.of("KGL-HGH"));
		eacCoffee = fixtures.lot(coop, "090111", 250_000, "RWF", 61_000, 100, List.of("KGL-NBO"),
				TradeFixtures.valid(PreferenceScheme.EAC));
		expiredCoffee = fixtures.lot(coop, "090111", 250_000, "RWF", 61_000, 100, List.of("KGL-HGH"),
				TradeFixtures.expired(PreferenceScheme.CHINA_LDC));
		afcftaCoffee = fixtures.lot(coop, "090111", 250_000, "RWF", 61_000, 100, List.of("KGL-NBO"),
				TradeFixtures.valid(PreferenceScheme.AFCFTA));
	}

	ResultActions quote(String email, String body) throws Exception {
		return mvc.perform(json(post("/api/v1/quotes"), SignIn.token(mvc, email), body));
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token, String body) {
		return bearer(request, token).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	static String lines(String destination, Object... lotAndQuantity) {
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < lotAndQuantity.length; i += 2) {
			lines.append(i == 0 ? "" : ",")
				.append("{\"lotId\":\"")
				.append(lotAndQuantity[i])
				.append("\",\"quantity\":")
				.append(lotAndQuantity[i + 1])
				.append("}");
		}
		return "{\"destination\":\"" + destination + "\",\"lines\":[" + lines + "]}";
	}

	// ---- quotes

	@Test
	void anImporterInChinaGetsTheLdcZeroTariffWithACertificateUnderGeneralTrade() throws Exception {
		quote(IMPORTER, lines("CN", certifiedCoffee, 20)).andExpect(status().isOk())
			.andExpect(jsonPath("$.regime").value("GENERAL_TRADE"))
			.andExpect(jsonPath("$.currency").value("CNY"))
			.andExpect(jsonPath("$.lines[0].duty.scheme").value("CHINA_LDC"))
			.andExpect(jsonPath("$.lines[0].duty.rate").value(0))
			.andExpect(jsonPath("$.lines[0].duty.certificate").value(containsString("RW-CO-CHINA_LDC")))
			.andExpect(jsonPath("$.lines[0].taxes[0].kind").value("VAT"))
			.andExpect(jsonPath("$.lines[0].taxes[0].statutoryRate").value(13))
			.andExpect(jsonPath("$.fxRates[*].from", hasItem("RWF")))
			.andExpect(jsonPath("$.fxRates[0].source").exists())
			.andExpect(jsonPath("$.rounding").value(containsString("half-up")))
			.andExpect(jsonPath("$.totals.total.currency").value("CNY"))
			.andExpect(jsonPath("$.freight.source").value(containsString("Illustrative")));
	}

	@Test
	void withoutACertificateTheQuoteShowsMfnAndWhatACertificateWouldSave() throws Exception {
		quote(IMPORTER, lines("CN", plainCoffee, 20)).andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].duty.scheme").value("MFN"))
			.andExpect(jsonPath("$.lines[0].duty.rate").value(8))
			.andExpect(jsonPath("$.originAdvice[0].scheme").value("CHINA_LDC"))
			.andExpect(jsonPath("$.originAdvice[0].message").value(containsString("from 8 % to 0 %")));
	}

	@Test
	void anExpiredCertificateFallsBackToMfnAndSaysSo() throws Exception {
		quote(IMPORTER, lines("CN", expiredCoffee, 20)).andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].duty.scheme").value("MFN"))
			.andExpect(jsonPath("$.notices[*].code", hasItem("CERTIFICATE_NOT_VALID")));
	}

	@Test
	void aConsumerInChinaIsQuotedUnderCrossBorderRetailByDefault() throws Exception {
		quote(CONSUMER, lines("CN", roastedBags, 4)).andExpect(status().isOk())
			.andExpect(jsonPath("$.requestedRegime").value("CROSS_BORDER_ECOMMERCE_RETAIL"))
			.andExpect(jsonPath("$.lines[0].duty.scheme").value("CBEC_RETAIL"))
			.andExpect(jsonPath("$.lines[0].taxes[0].effectiveRate").value(0.091))
			.andExpect(jsonPath("$.crossBorderRetail.treatment").value("WITHIN_LIMITS"))
			.andExpect(jsonPath("$.crossBorderRetail.annualLimit.amount").value("26000.00"));
	}

	@Test
	void aKenyanBuyerPaysNoDutyWithAnEacCertificateAndTheCetWithout() throws Exception {
		quote(KENYA, lines("KE", eacCoffee, 10)).andExpect(status().isOk())
			.andExpect(jsonPath("$.regime").value("EAC_CUSTOMS_UNION"))
			.andExpect(jsonPath("$.currency").value("KES"))
			.andExpect(jsonPath("$.lines[0].duty.scheme").value("EAC"))
			.andExpect(jsonPath("$.lines[0].taxes[0].statutoryRate").value(16));
		quote(KENYA, lines("KE", plainCoffee, 10)).andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].duty.rate").value(35))
			.andExpect(jsonPath("$.originAdvice[0].scheme").value("EAC"));
	}

	/**
	 * Kenya's Import Declaration Fee (2.5 %) and Railway Development Levy (2.0 %) on the
	 * customs value of goods not originating in the EAC (Miscellaneous Fees and Levies
	 * Act No. 29 of 2016, s. 7 and 8, as amended by the Finance Act 2023 and the Tax Laws
	 * (Amendment) Act 2024); Rwandan coffee pays neither.
	 */
	@Test
	void kenyaChargesTheImportDeclarationFeeAndTheRailwayLevyOnGoodsFromOutsideTheEac() throws Exception {
		LotId yunnanCoffee = fixtures.lot(fixtures.coop(), "CN", "090111", 250_000, "RWF", 61_000, 100,
				List.of("KGL-NBO"));
		quote(KENYA, lines("KE", yunnanCoffee, 10)).andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].taxes[1].kind").value("IMPORT_DECLARATION_FEE"))
			.andExpect(jsonPath("$.lines[0].taxes[1].statutoryRate").value(2.5))
			.andExpect(
					jsonPath("$.lines[0].taxes[1].legalBasis").value(containsString("Miscellaneous Fees and Levies")))
			.andExpect(jsonPath("$.lines[0].taxes[2].kind").value("RAILWAY_DEVELOPMENT_LEVY"))
			.andExpect(jsonPath("$.lines[0].taxes[2].statutoryRate").value(2));
		quote(KENYA, lines("KE", plainCoffee, 10)).andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].taxes.length()").value(1))
			.andExpect(jsonPath("$.lines[0].taxes[0].kind").value("VAT"));
	}

	/**
	 * The default regime is the cheapest the corridor allows and the lot qualifies for:
	 * the lot proves AfCFTA origin but not EAC origin, so under the EAC regime it would
	 * pay the Common External Tariff (35 %, EAC CET fourth band), under the AfCFTA
	 * Kenya's schedule (0 % from 2025; AfCFTA Protocol on Trade in Goods, art. 8 and
	 * Annex 2).
	 */
	@Test
	void aLotWithAnAfcftaCertificateIsQuotedUnderAfcftaRatherThanTheEacCetByDefault() throws Exception {
		quote(KENYA, lines("KE", afcftaCoffee, 10)).andExpect(status().isOk())
			.andExpect(jsonPath("$.regime").value("AFCFTA"))
			.andExpect(jsonPath("$.lines[0].duty.scheme").value("AFCFTA"))
			.andExpect(jsonPath("$.lines[0].duty.rate").value(0))
			.andExpect(jsonPath("$.lines[0].duty.legalBasis").value(containsString("AfCFTA schedule")))
			.andExpect(jsonPath("$.notices[0].code").value("REGIME_CHOSEN"))
			.andExpect(jsonPath("$.notices[0].args[0]").value("AFCFTA"))
			.andExpect(jsonPath("$.notices[0].args[1]").value("EAC_CUSTOMS_UNION"))
			.andExpect(jsonPath("$.notices[0].message").value(containsString("lowest landed cost")));
		// asking for the EAC regime is honoured, and the advice names the switch
		quote(KENYA,
				"{\"destination\":\"KE\",\"regime\":\"EAC_CUSTOMS_UNION\",\"lines\":[{\"lotId\":\"" + afcftaCoffee
						+ "\",\"quantity\":10}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.regime").value("EAC_CUSTOMS_UNION"))
			.andExpect(jsonPath("$.lines[0].duty.rate").value(35))
			.andExpect(jsonPath("$.originAdvice[?(@.regime == 'AFCFTA')].message",
					hasItem(containsString("from 35 % to 0 %"))));
	}

	/**
	 * Above the per-order limit (RMB 5,000, Caiguanshui [2018] No. 49) a consumer's quote
	 * stays cross-border retail and is refused, and the split API proposes orders within
	 * the limit.
	 */
	@Test
	void aConsumerAboveThePerOrderLimitKeepsTheRegimeAndIsOfferedASplit() throws Exception {
		quote(CONSUMER, lines("CN", roastedBags, 100)).andExpect(status().isOk())
			.andExpect(jsonPath("$.regime").value("CROSS_BORDER_ECOMMERCE_RETAIL"))
			.andExpect(jsonPath("$.lines[0].duty.scheme").value("CBEC_RETAIL"))
			.andExpect(jsonPath("$.crossBorderRetail.treatment").value("OVER_ORDER_LIMIT"))
			.andExpect(jsonPath("$.notices[*].message", hasItem(containsString("cannot be placed"))));
		String split = mvc
			.perform(json(post("/api/v1/quotes/split"), SignIn.token(mvc, CONSUMER), lines("CN", roastedBags, 100)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.perOrderLimit.amount").value("5000.00"))
			.andExpect(jsonPath("$.orders.length()").value(2))
			.andExpect(jsonPath("$.orders[0].lines[0].lotId").value(roastedBags.toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> quantities = JsonPath.read(split, "$.orders[*].lines[*].quantity");
		assertThat(quantities.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
		List<String> values = JsonPath.read(split, "$.orders[*].customsValue.amount");
		assertThat(values).allSatisfy(
				v -> assertThat(new java.math.BigDecimal(v)).isLessThanOrEqualTo(new java.math.BigDecimal("5000.00")));
		// an importer's order has no per-order limit to split for
		expectProblem(
				mvc.perform(
						json(post("/api/v1/quotes/split"), SignIn.token(mvc, IMPORTER), lines("CN", roastedBags, 100))),
				"regime", "per-order limit");
	}

	@Test
	void anExplicitRegimeAndCorridorAreHonoured() throws Exception {
		String corridor = fixtures.corridor("KGL", "HGH").toString();
		quote(CONSUMER,
				"{\"corridorId\":\"" + corridor + "\",\"regime\":\"GENERAL_TRADE\",\"lines\":[{\"lotId\":\""
						+ roastedBags + "\",\"quantity\":4}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.regime").value("GENERAL_TRADE"))
			.andExpect(jsonPath("$.lines[0].duty.rate").value(15));
	}

	@Test
	void theRemainingQuotaIsShownToTheBuyer() throws Exception {
		// The demo orders of the consumer went through checkout, so they count (minor
		// units of CNY).
		long used = jdbc
			.sql("""
					SELECT COALESCE(SUM(q.amount_minor), 0) FROM trade_cbec_quota_use q JOIN identity_user u ON u.id = q.buyer_id
					WHERE u.email = :email AND q.restored_at IS NULL""")
			.param("email", CONSUMER)
			.query(Long.class)
			.single();
		mvc.perform(bearer(get("/api/v1/cbec-quota"), SignIn.token(mvc, CONSUMER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.annualLimitRemaining.minorUnits").value(2_600_000L - used));
	}

	// ---- bad quote requests

	@Test
	void badQuoteRequestsAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
		String before = counts();
		LotId otherSeller = fixtures.lot(fixtures.roaster(), "090121", 15_000, "RWF", 300, 10, List.of("KGL-HGH"));
		LotId kenyaOnly = eacCoffee;
		String token = SignIn.token(mvc, IMPORTER);
		String afterFixtures = counts();

		expectProblem(mvc.perform(json(post("/api/v1/quotes"), token, lines("CN", UUID.randomUUID(), 1))),
				"lines[0].lotId", "There is no lot");
		expectProblem(mvc.perform(json(post("/api/v1/quotes"), token, lines("CN", plainCoffee, 0))),
				"lines[0].quantity", "from 1");
		expectProblem(mvc.perform(json(post("/api/v1/quotes"), token, lines("CN", plainCoffee, -3))),
				"lines[0].quantity", "from 1");
		expectProblem(mvc.perform(json(post("/api/v1/quotes"), token, lines("CN", plainCoffee, 1.5))),
				"lines[0].quantity", "whole number");
		expectProblem(mvc.perform(json(post("/api/v1/quotes"), token, lines("CN", plainCoffee, 1, otherSeller, 1))),
				"lines[1].lotId", "another seller");
		expectProblem(mvc.perform(json(post("/api/v1/quotes"), token, lines("CN", plainCoffee, 1, kenyaOnly, 1))),
				"lines[1].lotId", "not offered to CN");
		// a lot without a tariff line at the destination cannot be listed any more (trade
		// rule 5); the quote's refusal when a line is closed later is in
		// TariffCoverageIntegrationTests
		expectProblem(
				mvc.perform(
						json(post("/api/v1/quotes"), token,
								"{\"destination\":\"CN\",\"regime\":\"EAC_CUSTOMS_UNION\",\"lines\":[{\"lotId\":\""
										+ plainCoffee + "\",\"quantity\":1}]}")),
				"regime", "does not allow EAC_CUSTOMS_UNION");
		expectProblem(
				mvc.perform(json(post("/api/v1/quotes"), token,
						"{\"lines\":[{\"lotId\":\"" + plainCoffee + "\",\"quantity\":1}]}")),
				"destination", "destination");
		expectProblem(mvc.perform(json(post("/api/v1/quotes"), token, "{\"destination\":\"CN\",\"lines\":[]}")),
				"lines", null);
		// malformed JSON values are named by the shared problem-details advice (its path
		// style: "lines.[0].lotId")
		mvc.perform(json(post("/api/v1/quotes"), token,
				"{\"destination\":\"CN\",\"lines\":[{\"lotId\":\"not-a-lot\",\"quantity\":1}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(containsString("lotId")));
		mvc.perform(post("/api/v1/quotes").contentType(MediaType.APPLICATION_JSON).content(lines("CN", plainCoffee, 1)))
			.andExpect(status().isUnauthorized());

		assertThat(counts()).isEqualTo(afterFixtures);
		assertThat(before).isNotEqualTo(afterFixtures); // the fixtures did add lots: the
														// counts can see a change
	}

	// ---- reference data

	@Test
	void listsTariffLinesWithTheirSources() throws Exception {
		mvc.perform(
				bearer(get("/api/v1/tariff-lines?importer=CN&hsCode=0901.11&scheme=MFN"), SignIn.token(mvc, IMPORTER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].rate").value(8))
			.andExpect(jsonPath("$.items[0].source").value(containsString("hs-bianma")))
			.andExpect(jsonPath("$.items[0].validity.from").value("2024-01-01"));
		expectProblem(mvc.perform(bearer(get("/api/v1/tariff-lines?size=500"), SignIn.token(mvc, IMPORTER))), "size",
				null);
	}

	@Test
	void anOperatorOfTheImportingCountryChangesARateAndTheNextQuoteUsesIt() throws Exception {
		String token = SignIn.token(mvc, HANGZHOU);
		long changes = changesBy(HANGZHOU);
		LotId decaf = fixtures.lot(fixtures.coop(), "090122", 12_000, "RWF", 300, 50, List.of("KGL-HGH"));
		String mfn = JsonPath
			.read(mvc.perform(bearer(get("/api/v1/tariff-lines?importer=CN&hsCode=090122&scheme=MFN"), token))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[0].id");
		// close the 15 % line (decaffeinated roasted coffee) today, then a new 6 % line
		// from today
		String today = java.time.LocalDate.now().toString();
		mvc.perform(json(put("/api/v1/tariff-lines/" + mfn), token,
				tariffBody("CN", "0901220000", "MFN", "15", "2024-01-01", today)))
			.andExpect(status().isOk());
		mvc.perform(json(post("/api/v1/tariff-lines"), token, tariffBody("CN", "0901220000", "MFN", "6", today, null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rate").value(6));

		quote(IMPORTER, lines("CN", decaf, 4)).andExpect(jsonPath("$.lines[0].duty.rate").value(6));
		assertThat(changesBy(HANGZHOU)).isEqualTo(changes + 2);
	}

	long changesBy(String email) {
		return jdbc.sql("SELECT COUNT(*) FROM trade_change WHERE changed_by = :by")
			.param("by", email)
			.query(Long.class)
			.single();
	}

	@Test
	void badReferenceDataIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
		String token = SignIn.token(mvc, HANGZHOU);
		String before = counts();

		expectProblem(
				mvc.perform(json(post("/api/v1/tariff-lines"), token,
						tariffBody("CN", "0901110000", "MFN", "101", "2030-01-01", null))),
				"rate", "between 0 and 100");
		expectProblem(mvc.perform(json(post("/api/v1/tariff-lines"), token,
				tariffBody("CN", "0901110000", "MFN", "-1", "2030-01-01", null))), "rate", "between 0 and 100");
		expectConflict(
				mvc.perform(json(post("/api/v1/tariff-lines"), token,
						tariffBody("CN", "0901110000", "MFN", "7", "2025-06-01", null))),
				"The period 2025-06-01 – open overlaps CN-MFN-0901110000 (2024-01-01 – open)");
		expectProblem(
				mvc.perform(json(post("/api/v1/tariff-lines"), token,
						tariffBody("CN", "0901110000", "MFN", "7", "2030-01-01", "2029-01-01"))),
				"validTo", "after validFrom");
		expectProblem(mvc.perform(
				json(post("/api/v1/tariff-lines"), token, tariffBody("CN", "7712.34", "MFN", "7", "2030-01-01", null))),
				"hsCode", "chapter 77");
		expectProblem(mvc.perform(
				json(post("/api/v1/tariff-lines"), token, tariffBody("CN", "0901.1", "MFN", "7", "2030-01-01", null))),
				"hsCode", "6, 8 or 10 digits");
		expectProblem(mvc.perform(json(post("/api/v1/tariff-lines"), token,
				tariffBody("CN", "0901110000", "GSP", "7", "2030-01-01", null))), "scheme", "MFN, CHINA_LDC");
		expectProblem(mvc.perform(json(post("/api/v1/tariff-lines"), token,
				"{\"importer\":\"CN\",\"hsCode\":\"0901110000\",\"scheme\":\"MFN\",\"rate\":7,\"validFrom\":\"2030-01-01\",\"legalBasis\":\"x\"}")),
				"source", "required");
		expectConflict(mvc.perform(json(post("/api/v1/tax-rules"), token,
				"{\"importer\":\"CN\",\"hsPrefix\":\"0901\",\"tax\":\"VAT\",\"rate\":9,\"validFrom\":\"2020-01-01\",\"legalBasis\":\"x\",\"source\":\"y\"}")),
				"overlaps CN-VAT-0901-2019 (2019-04-01 – open)");
		mvc.perform(json(post("/api/v1/tariff-lines"), SignIn.token(mvc, KIGALI),
				tariffBody("CN", "0901110000", "MFN", "7", "2030-01-01", null)))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/tariff-lines"), SignIn.token(mvc, IMPORTER),
				tariffBody("CN", "0901110000", "MFN", "7", "2030-01-01", null)))
			.andExpect(status().isForbidden());

		assertThat(counts()).isEqualTo(before);
	}

	static String tariffBody(String importer, String hs, String scheme, String rate, String from, String to) {
		return "{\"importer\":\"" + importer + "\",\"hsCode\":\"" + hs + "\",\"scheme\":\"" + scheme + "\",\"rate\":"
				+ rate + ",\"validFrom\":\"" + from + "\"" + (to == null ? "" : ",\"validTo\":\"" + to + "\"")
				+ ",\"legalBasis\":\"Test basis\",\"source\":\"Test source\"}";
	}

	void expectProblem(ResultActions result, String field, String messagePart) throws Exception {
		result.andExpect(status().is4xxClientError()).andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		if (messagePart != null) {
			result.andExpect(jsonPath("$.errors[0].message").value(containsString(messagePart)));
		}
		assertThat(result.andReturn().getResponse().getStatus()).isEqualTo(400);
	}

	/** An overlapping period: 409, problem+json, the detail naming both periods. */
	static void expectConflict(ResultActions result, String detailPart) throws Exception {
		result.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString(detailPart)));
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	String counts() {
		return "tariff=" + count("trade_tariff_line") + " tax=" + count("trade_tax_rule") + " cbec="
				+ count("trade_cbec_rule") + " freight=" + count("trade_freight_rate") + " changes="
				+ count("trade_change") + " quota=" + count("trade_cbec_quota") + " uses="
				+ count("trade_cbec_quota_use") + " lots=" + count("catalog_lot") + " available="
				+ jdbc.sql("SELECT COALESCE(SUM(available), 0) FROM catalog_lot").query(Long.class).single();
	}

}
