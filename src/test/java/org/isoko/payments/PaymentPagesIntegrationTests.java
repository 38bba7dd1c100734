package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserDirectory;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "isoko.payments.jobs.enabled=false", "isoko.payments.simulator.delay=PT0S",
				"isoko.payments.simulator.callback-interval=PT1H" })
@AutoConfigureMockMvc
class PaymentPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Escrow escrow;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDirectory users;

	@Autowired
	Payments payments;

	@Test
	void sellerSeesTheReleasedBalanceAndPaysOutOnceEvenIfTheFormIsSubmittedTwice() throws Exception {
		OrganisationId seller = PaymentsTestSupport.organisationOf(users, "seller.sme@isoko.demo");
		OrderId order = OrderId.random();
		escrow.capture("capture:" + order, Provider.WALLET, order, Money.ofMinor(50_000, "CNY"), Instant.now());
		escrow.release("release:" + order,
				new Escrow.Release(order, Money.ofMinor(50_000, "CNY"), Money.ofMinor(0, "CNY"), "none",
						Money.ofMinor(0, "CNY"), CountryCode.of("CN"), Money.ofMinor(0, "CNY"), seller,
						CurrencyCode.of("RWF")),
				Instant.now());
		long available = ledger.balance(Accounts.sellerPayable(seller, CurrencyCode.of("RWF"))).available();
		assertThat(available).isPositive();
		MockHttpSession session = SignIn.session(mvc, "seller.sme@isoko.demo");

		String page = mvc.perform(get("/seller/payouts").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("RWF")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.length()).isLessThan(50_000);

		String key = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/seller/payouts").session(session)
				.with(csrf())
				.param("key", key)
				.param("amount", "1000")
				.param("currency", "RWF")).andExpect(redirectedUrl("/seller/payouts?requested"));
		}
		assertThat(ledger.balance(Accounts.sellerPayable(seller, CurrencyCode.of("RWF"))).available())
			.isEqualTo(available - 1000);

		String before = LedgerInvariants.footprint(jdbc);
		mvc.perform(post("/seller/payouts").session(session)
			.with(csrf())
			.param("key", UUID.randomUUID().toString())
			.param("amount", String.valueOf(available * 2))
			.param("currency", "RWF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("more than your available balance")));
		mvc.perform(post("/seller/payouts").session(session)
			.with(csrf())
			.param("key", UUID.randomUUID().toString())
			.param("amount", "12.5")
			.param("currency", "RWF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(before);
	}

	@Test
	void operatorSeesTheTrialBalanceInTheirLanguageAndBuyersAreKeptOut() throws Exception {
		OrderId order = OrderId.random();
		escrow.capture("capture:" + order, Provider.MOMO, order, Money.ofMinor(9_000, "RWF"), Instant.now());
		MockHttpSession operator = SignIn.session(mvc, "operator.kigali@isoko.demo");

		mvc.perform(get("/operator/ledger").session(operator).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("trial-balance-RWF")))
			.andExpect(content().string(containsString("Order escrow")))
			.andExpect(content().string(containsString(">balanced<")));
		mvc.perform(get("/operator/ledger").session(operator).param("lang", "zh"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("试算平衡表")));
		mvc.perform(get("/operator/ledger").session(SignIn.session(mvc, "buyer.cn@isoko.demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void hubOperatorSeesTheirHubsStoppedRequestsAndRetriesOneWithAReasonRecordedInTheAudit() throws Exception {
		UUID stopped = payments.create(new Payments.Collect(OrderId.random(), Money.ofMinor(4_321, "RWF"),
				Provider.MOMO, org.isoko.shared.Msisdn.of("+250788000004"), null, null, null,
				org.isoko.shared.HubCode.of("KGL"), org.isoko.shared.HubCode.of("NBO")));
		jdbc.sql("UPDATE payments_payment SET status = 'PENDING', poll_attempts = 50,"
				+ " polling_stopped_at = CURRENT_TIMESTAMP WHERE id = :id")
			.param("id", stopped)
			.update();
		String resume = "/operator/payments/stopped/PAYMENTS/" + stopped + "/resume";

		MockHttpSession hangzhou = SignIn.session(mvc, "operator.hangzhou@isoko.demo");
		mvc.perform(get("/operator/payments/stopped").session(hangzhou))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(stopped.toString()))));
		mvc.perform(post(resume).session(hangzhou).with(csrf()).param("reason", "not mine"))
			.andExpect(status().isNotFound());

		MockHttpSession kigali = SignIn.session(mvc, "operator.kigali@isoko.demo");
		mvc.perform(get("/operator/ledger").session(kigali).param("lang", "en"))
			.andExpect(content().string(containsString("id=\"stopped-link\"")));
		mvc.perform(get("/operator/payments/stopped").session(kigali).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"stopped-" + stopped + "\"")));
		mvc.perform(post(resume).session(kigali).with(csrf()).param("reason", " ").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error-" + stopped + "\"")));
		assertThat(stoppedAt(stopped)).as("a refused retry changes nothing").isNotNull();

		mvc.perform(post(resume).session(kigali).with(csrf()).param("reason", "provider confirmed it is pending"))
			.andExpect(redirectedUrl("/operator/payments/stopped?resumed"));
		assertThat(stoppedAt(stopped)).isNull();
		assertThat(jdbc.sql("SELECT poll_attempts FROM payments_payment WHERE id = :id")
			.param("id", stopped)
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'PAYMENTS_POLLING_RESUMED'"
					+ " AND target = :target AND actor = 'operator.kigali@isoko.demo'")
			.param("target", "PAYMENTS:" + stopped)
			.query(Long.class)
			.single()).isOne();
		mvc.perform(get("/operator/payments/stopped").session(SignIn.session(mvc, "seller.coop@isoko.demo")))
			.andExpect(status().isForbidden());
	}

	java.time.OffsetDateTime stoppedAt(UUID payment) {
		return jdbc.sql("SELECT polling_stopped_at FROM payments_payment WHERE id = :id")
			.param("id", payment)
			.query(java.time.OffsetDateTime.class)
			.optional()
			.orElse(null);
	}

}
