package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.isoko.support.SignIn.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.support.MutableClock;
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

import com.jayway.jsonpath.JsonPath;

/**
 * Rwanda's VAT exemption for processors' machinery as the API meets it: a buyer declares
 * a certificate, the Kigali hub operator approves or refuses it, and quotes into Rwanda
 * on covered HS codes show VAT 0 citing it, and only then: not while pending, not once
 * expired, not refused, not into another country, not on other goods.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class TaxExemptionsApiIntegrationTests {

	static final String PROCESSOR = "processor.rw@isoko.demo";

	static final String KIGALI = "operator.kigali@isoko.demo";

	static final String HANGZHOU = "operator.hangzhou@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	TradeFixtures fixtures;

	LotId pulper;

	LotId mesh;

	LotId pulperToKenya;

	@BeforeEach
	void lotsAndNoCertificate() {
		fixtures = new TradeFixtures(context);
		UUID hangzhou = fixtures.organisation("Hangzhou AgriTech Machinery Co.");
		pulper = fixtures.lot(hangzhou, "CN", "843880", 980_000, "CNY", 82_000, 40, List.of("HGH-KGL"));
		mesh = fixtures.lot(hangzhou, "CN", "392690", 42_000, "CNY", 9_800, 40, List.of("HGH-KGL"));
		pulperToKenya = fixtures.lot(fixtures.coop(), "RW", "843880", 2_000_000, "RWF", 82_000, 40, List.of("KGL-NBO"));
		// the demo processor starts with an approved certificate: these tests start from
		// none
		jdbc.sql("DELETE FROM trade_exemption_certificate WHERE organisation_id = :org")
			.param("org", fixtures.organisation("Huye Mountain Coffee Processors Ltd"))
			.update();
	}

	String token(String email) throws Exception {
		return SignIn.token(mvc, email);
	}

	ResultActions declare(String email, String body) throws Exception {
		return mvc.perform(bearer(post("/api/v1/tax-exemptions"), token(email)).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static String certificate(String number, LocalDate from, LocalDate to) {
		return "{\"number\":\"" + number + "\",\"validFrom\":\"" + from + "\",\"validTo\":\"" + to + "\"}";
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	String declared(String number, LocalDate from, LocalDate to) throws Exception {
		String body = declare(PROCESSOR, certificate(number, from, to)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	ResultActions decide(String email, String id, String decision, String body) throws Exception {
		var request = bearer(post("/api/v1/tax-exemptions/" + id + "/" + decision), token(email));
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

	ResultActions quote(String destination, LotId lot) throws Exception {
		return mvc.perform(bearer(post("/api/v1/quotes"), token(PROCESSOR)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"destination\":\"" + destination + "\",\"lines\":[{\"lotId\":\"" + lot
					+ "\",\"quantity\":1}]}"));
	}

	/** The sign of the line's VAT: 0 when exempt. */
	long vat(ResultActions quote) throws Exception {
		String body = quote.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Object> amounts = JsonPath.read(body, "$.lines[0].taxes[?(@.kind == 'VAT')].amount.amount");
		return new java.math.BigDecimal(String.valueOf(amounts.get(0))).signum();
	}

	@Test
	void anApprovedCertificateMakesTheQuoteVatFreeCitingTheLawAndTheCertificate() throws Exception {
		String id = declared("RW-VATX-T1", today().minusDays(10), today().plusDays(100));
		assertThat(vat(quote("RW", pulper))).as("pending: VAT as before").isPositive();

		decide(HANGZHOU, id, "approval", null).andExpect(status().isNotFound());
		decide(KIGALI, id, "approval", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").exists());

		quote("RW", pulper).andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].taxes[0].kind").value("VAT"))
			.andExpect(jsonPath("$.lines[0].taxes[0].amount.amount").value("0"))
			.andExpect(jsonPath("$.lines[0].taxes[0].statutoryRate").value(18))
			.andExpect(jsonPath("$.lines[0].taxes[0].legalBasis").value(containsString("Law No 049/2023")))
			.andExpect(jsonPath("$.lines[0].taxes[0].legalBasis").value(containsString("certificate RW-VATX-T1")))
			.andExpect(jsonPath("$.notices[*].code", hasItem("VAT_EXEMPT")));
		decide(KIGALI, id, "approval", null).andExpect(status().isConflict());
		assertThat(audited(TaxExemptions.APPROVED, id)).isEqualTo(1);
		assertThat(audited(TaxExemptions.DECLARED, id)).isEqualTo(1);
	}

	@Test
	void anExpiredCertificateNoLongerExempts() throws Exception {
		String id = declared("RW-VATX-T2", today().minusDays(10), today().plusDays(2));
		decide(KIGALI, id, "approval", null).andExpect(status().isOk());
		assertThat(vat(quote("RW", pulper))).isZero();

		clock.advance(Duration.ofDays(4));
		try {
			assertThat(vat(quote("RW", pulper))).isPositive();
			quote("RW", pulper).andExpect(jsonPath("$.notices[*].code", not(hasItem("VAT_EXEMPT"))));
		}
		finally {
			clock.restore();
		}
	}

	@Test
	void goodsNotCoveredAndOtherDestinationsPayVatEvenWithAnApprovedCertificate() throws Exception {
		String id = declared("RW-VATX-T3", today().minusDays(10), today().plusDays(100));
		decide(KIGALI, id, "approval", null).andExpect(status().isOk());

		assertThat(vat(quote("RW", mesh))).as("drying mesh, HS 3926.90").isPositive();
		assertThat(vat(quote("KE", pulperToKenya))).as("a pulper into Kenya").isPositive();
		assertThat(vat(quote("RW", pulper))).isZero();
	}

	@Test
	void aRefusedCertificateExemptsNothingAndTheRefusalNeedsAReason() throws Exception {
		String id = declared("RW-VATX-T4", today().minusDays(10), today().plusDays(100));

		decide(KIGALI, id, "refusal", "{\"reason\":\" \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		decide(KIGALI, id, "refusal", "{\"reason\":\"The certificate is for another company\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REFUSED"))
			.andExpect(jsonPath("$.reason").value("The certificate is for another company"));

		assertThat(vat(quote("RW", pulper))).isPositive();
		mvc.perform(bearer(get("/api/v1/tax-exemptions"), token(PROCESSOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("REFUSED"));
		assertThat(audited(TaxExemptions.REFUSED, id)).isEqualTo(1);
	}

	@Test
	void badDeclarationsAreRefusedByFieldAndChangeNothing() throws Exception {
		long before = certificates();
		expectProblem(declare(PROCESSOR, certificate("RW-VATX-T5", today(), today().minusDays(1))), "validTo");
		expectProblem(declare(PROCESSOR, certificate("RW-VATX-T5", today().minusYears(2), today().minusYears(1))),
				"validTo");
		expectProblem(declare(PROCESSOR, certificate("?", today(), today().plusDays(1))), "number");
		expectProblem(declare(PROCESSOR, "{\"number\":\"RW-VATX-T5\",\"validTo\":\"" + today().plusDays(9) + "\"}"),
				"validFrom");
		// a private consumer is no registered processor; China has no such exemption
		expectProblem(declare("buyer.cn@isoko.demo", certificate("CN-1234", today(), today().plusDays(9))),
				"organisation");
		expectProblem(declare("importer.cn@isoko.demo", certificate("CN-1234", today(), today().plusDays(9))),
				"organisation");
		declare("seller.coop@isoko.demo", certificate("RW-VATX-T5", today(), today().plusDays(9)))
			.andExpect(status().isForbidden());
		assertThat(certificates()).isEqualTo(before);

		declared("RW-VATX-T5", today(), today().plusDays(9));
		expectProblem(declare(PROCESSOR, certificate("RW-VATX-T5", today(), today().plusDays(9))), "number");
	}

	@Test
	void theOperatorSeesTheCertificatesOfTheirHubOnly() throws Exception {
		declared("RW-VATX-T6", today(), today().plusDays(30));
		mvc.perform(bearer(get("/api/v1/tax-exemptions/review?status=PENDING"), token(KIGALI)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].number", hasItem("RW-VATX-T6")));
		mvc.perform(bearer(get("/api/v1/tax-exemptions/review"), token(HANGZHOU)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].number", not(hasItem("RW-VATX-T6"))));
		mvc.perform(bearer(get("/api/v1/tax-exemptions/review"), token(PROCESSOR))).andExpect(status().isForbidden());
	}

	void expectProblem(ResultActions result, String field) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith("application/problem+json"));
	}

	long certificates() {
		return jdbc.sql("SELECT COUNT(*) FROM trade_exemption_certificate").query(Long.class).single();
	}

	long audited(String action, String target) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = :action AND target = :target")
			.param("action", action)
			.param("target", target)
			.query(Long.class)
			.single();
	}

}
