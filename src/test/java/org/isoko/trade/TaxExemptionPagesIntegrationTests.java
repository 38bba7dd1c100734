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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.identity.UserDirectory;
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

/**
 * The VAT exemption as its users meet it on pages: the processor's quote cites the
 * exemption in the page's language; the processor declares a certificate (a bad one is
 * refused next to its field and changes nothing); the Kigali operator approves or refuses
 * it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TaxExemptionPagesIntegrationTests {

	static final String PROCESSOR = "processor.rw@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaxExemptions exemptions;

	@Autowired
	UserDirectory users;

	@Autowired
	Clock clock;

	LotId pulper;

	UUID processor;

	@BeforeEach
	void anApprovedCertificate() {
		TradeFixtures fixtures = new TradeFixtures(context);
		pulper = fixtures.lot(fixtures.organisation("Hangzhou AgriTech Machinery Co."), "CN", "843880", 980_000, "CNY",
				82_000, 40, List.of("HGH-KGL"));
		processor = fixtures.organisation("Huye Mountain Coffee Processors Ltd");
		jdbc.sql("DELETE FROM trade_exemption_certificate WHERE organisation_id = :org")
			.param("org", processor)
			.update();
		LocalDate today = LocalDate.now(clock);
		ExemptionCertificate certificate = exemptions.declare(users.findByEmail(PROCESSOR).orElseThrow(), "RW-VATX-P1",
				today.minusDays(5), today.plusYears(1));
		exemptions.approve(users.findByEmail("operator.kigali@isoko.demo").orElseThrow(), certificate.id());
	}

	@Test
	void theProcessorsQuoteShowsVatZeroAndCitesTheExemptionInEachLanguage() throws Exception {
		MockHttpSession session = SignIn.session(mvc, PROCESSOR);
		String[][] expected = { { "en", "VAT exempt on HS 8438.80" }, { "fr", "Exonéré de TVA sur le SH 8438.80" },
				{ "rw", "Nta TVA kuri HS 8438.80" }, { "zh", "HS 8438.80 免征增值税" } };
		for (String[] language : expected) {
			mvc.perform(get("/trade/quote").param("lotId", pulper.toString())
				.param("quantity", "1")
				.param("lang", language[0])
				.session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-code=\"VAT_EXEMPT\"")))
				.andExpect(content().string(containsString(language[1])))
				.andExpect(content().string(containsString("RW-VATX-P1")));
		}
	}

	@Test
	void theProcessorDeclaresACertificateAndABadOneIsRefusedByItsField() throws Exception {
		MockHttpSession session = SignIn.session(mvc, PROCESSOR);
		mvc.perform(get("/trade/exemptions").param("lang", "fr").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("séchoirs pour produits agricoles")))
			.andExpect(content().string(containsString("RW-VATX-P1")))
			.andExpect(content().string(containsString("approuvé")));

		long before = count();
		mvc.perform(post("/trade/exemptions").with(csrf())
			.param("number", "RW-VATX-P2")
			.param("validFrom", "2026-12-01")
			.param("validTo", "2026-11-01")
			.param("lang", "fr")
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("expiration du certificat : après la date de début")))
			.andExpect(content().string(containsString("value=\"RW-VATX-P2\"")));
		assertThat(count()).isEqualTo(before);

		LocalDate today = LocalDate.now(clock);
		mvc.perform(post("/trade/exemptions").with(csrf())
			.param("number", "RW-VATX-P2")
			.param("validFrom", today.toString())
			.param("validTo", today.plusYears(1).toString())
			.session(session)).andExpect(redirectedUrl("/trade/exemptions?declared"));
		assertThat(count()).isEqualTo(before + 1);
		mvc.perform(get("/trade/exemptions").param("declared", "").session(session))
			.andExpect(content().string(containsString("being checked")));
	}

	@Test
	void theKigaliOperatorApprovesOrRefusesWhatTheProcessorDeclared() throws Exception {
		LocalDate today = LocalDate.now(clock);
		ExemptionCertificate second = exemptions.declare(users.findByEmail(PROCESSOR).orElseThrow(), "RW-VATX-P3",
				today, today.plusYears(1));
		ExemptionCertificate third = exemptions.declare(users.findByEmail(PROCESSOR).orElseThrow(), "RW-VATX-P4", today,
				today.plusYears(1));
		MockHttpSession kigali = SignIn.session(mvc, "operator.kigali@isoko.demo");
		mvc.perform(get("/trade/exemptions/review").param("lang", "rw").session(kigali))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("RW-VATX-P3")))
			.andExpect(content().string(containsString("Huye Mountain Coffee Processors Ltd")))
			.andExpect(content().string(containsString("kiragenzurwa")));

		mvc.perform(post("/trade/exemptions/" + second.id() + "/approve").with(csrf()).session(kigali))
			.andExpect(redirectedUrl("/trade/exemptions/review?approved"));
		mvc.perform(
				post("/trade/exemptions/" + third.id() + "/refuse").with(csrf()).param("reason", "").session(kigali))
			.andExpect(redirectedUrl("/trade/exemptions/review?noReason=" + third.id()));
		mvc.perform(post("/trade/exemptions/" + third.id() + "/refuse").with(csrf())
			.param("reason", "Expired stamp")
			.session(kigali)).andExpect(redirectedUrl("/trade/exemptions/review?refused"));
		assertThat(statusOf(second.id())).isEqualTo("APPROVED");
		assertThat(statusOf(third.id())).isEqualTo("REFUSED");

		MockHttpSession hangzhou = SignIn.session(mvc, "operator.hangzhou@isoko.demo");
		mvc.perform(get("/trade/exemptions/review").session(hangzhou))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("RW-VATX-P3"))));
		mvc.perform(get("/trade/exemptions/review").session(SignIn.session(mvc, PROCESSOR)))
			.andExpect(status().isForbidden());
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM trade_exemption_certificate WHERE organisation_id = :org")
			.param("org", processor)
			.query(Long.class)
			.single();
	}

	String statusOf(UUID id) {
		return jdbc.sql("SELECT status FROM trade_exemption_certificate WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
