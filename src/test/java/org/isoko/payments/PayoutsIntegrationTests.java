package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserDirectory;
import org.isoko.ordering.OrderId;
import org.isoko.payments.ledger.InsufficientFunds;
import org.isoko.payments.simulator.MomoSimulator;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Seller payouts and buyer refunds through the MoMo disbursement simulator, the payout
 * API with its Idempotency-Key, and the operator's trial balance and reconciliation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "isoko.payments.jobs.enabled=false", "isoko.payments.simulator.delay=PT0S",
				"isoko.payments.simulator.callback-interval=PT1H" })
@AutoConfigureMockMvc
@RecordApplicationEvents
class PayoutsIntegrationTests {

	static final String SELLER = "seller.coop@isoko.demo";

	@Autowired
	Payouts payouts;

	@Autowired
	Payments payments;

	@Autowired
	Escrow escrow;

	@Autowired
	Ledger ledger;

	@Autowired
	MomoSimulator momo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDirectory users;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	OrganisationId seller;

	@BeforeEach
	void sellerHasReleasedFunds() {
		seller = PaymentsTestSupport.organisationOf(users, SELLER);
		OrderId order = OrderId.random();
		Money paid = Money.ofMinor(100_000, "RWF");
		escrow.capture("capture:" + order, Provider.MOMO, order, paid, Instant.now());
		escrow.release("release:" + order,
				new Escrow.Release(order, Money.ofMinor(80_000, "RWF"), Money.ofMinor(15_000, "RWF"), "RwandAir Cargo",
						Money.ofMinor(5_000, "RWF"), CountryCode.of("RW"), Money.ofMinor(0, "RWF"), seller,
						CurrencyCode.of("RWF")),
				Instant.now());
	}

	long available() {
		return ledger.balance(Accounts.sellerPayable(seller, CurrencyCode.of("RWF"))).available();
	}

	@Test
	void payoutGoesToTheOrganisationsWalletAndLeavesThePayableBalance() {
		long before = available();
		PayoutView payout = payouts.requestPayout(seller, Money.ofMinor(10_000, "RWF"), "payout-" + UUID.randomUUID());
		assertThat(payout.status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(payout.payee()).isEqualTo("+250788100200");
		assertThat(available()).isEqualTo(before - 10_000);

		momo.deliverCallbacks();

		assertThat(payouts.view(payout.id()).status()).isEqualTo(PaymentStatus.SUCCESSFUL);
		assertThat(available()).isEqualTo(before - 10_000);
		assertThat(ledger.balance(Accounts.inTransit(seller, CurrencyCode.of("RWF"))).debitsPosted())
			.isGreaterThanOrEqualTo(10_000);
		LedgerInvariants.check(jdbc, "after a payout");
	}

	@Test
	void aSuccessfulSellerPayoutIsAnnouncedOnceWithItsOrderAndAFailedOneOrABuyerRefundIsNot() {
		OrderId order = OrderId.random();
		UUID paid = payouts.recordPayout(seller, Money.ofMinor(4_000, "RWF"), order, "order-payout:" + order);
		payouts.send(paid);
		UUID reference = referenceOf(paid);

		assertThat(payouts.apply(reference, report(ProviderStatus.State.SUCCESSFUL))).isTrue();
		// The provider's report again (a callback and a poll crossing): nothing more.
		assertThat(payouts.apply(reference, report(ProviderStatus.State.SUCCESSFUL))).isFalse();
		assertThat(events.stream(PayoutSent.class).filter(sent -> sent.payout().equals(paid))).singleElement()
			.satisfies(sent -> {
				assertThat(sent.order()).isEqualTo(order);
				assertThat(sent.seller()).isEqualTo(seller);
				assertThat(sent.amount()).isEqualTo(Money.ofMinor(4_000, "RWF"));
			});

		UUID failed = payouts.recordPayout(seller, Money.ofMinor(1_000, "RWF"), null, "failing-" + UUID.randomUUID());
		payouts.send(failed);
		payouts.apply(referenceOf(failed),
				new ProviderStatus(ProviderStatus.State.FAILED, "PAYEE_NOT_FOUND", null, "1000", "RWF"));
		OrderId refunded = OrderId.random();
		escrow.capture("capture:" + refunded, Provider.MOMO, refunded, Money.ofMinor(3_000, "RWF"), Instant.now());
		escrow.refund("refund:" + refunded, refunded, Money.ofMinor(1_000, "RWF"), Instant.now());
		PayoutView refund = payouts.refundToBuyer(refunded, Msisdn.of("+250788000000"), Money.ofMinor(1_000, "RWF"),
				"r-" + refunded);
		assertThat(payouts.apply(referenceOf(refund.id()), report(ProviderStatus.State.SUCCESSFUL))).isTrue();
		assertThat(events.stream(PayoutSent.class)
			.filter(sent -> sent.payout().equals(failed) || sent.payout().equals(refund.id()))).isEmpty();
	}

	private UUID referenceOf(UUID payout) {
		return jdbc.sql("SELECT reference_id FROM payments_payout WHERE id = :id")
			.param("id", payout)
			.query(UUID.class)
			.single();
	}

	private static ProviderStatus report(ProviderStatus.State state) {
		return new ProviderStatus(state, null, "SIM-" + UUID.randomUUID(), null, null);
	}

	@Test
	void payoutAboveTheAvailableBalanceIsRefusedAndMovesNothing() {
		String before = LedgerInvariants.footprint(jdbc);
		long payoutsBefore = jdbc.sql("SELECT COUNT(*) FROM payments_payout").query(Long.class).single();

		assertThatThrownBy(() -> payouts.requestPayout(seller, Money.ofMinor(available() + 1, "RWF"),
				"too-much-" + UUID.randomUUID()))
			.isInstanceOf(InsufficientFunds.class);

		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(before);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM payments_payout").query(Long.class).single())
			.isEqualTo(payoutsBefore);
	}

	@Test
	void failedRefundTransferReturnsTheMoneyToThePayable() {
		OrderId order = OrderId.random();
		escrow.capture("capture:" + order, Provider.MOMO, order, Money.ofMinor(3_000, "RWF"), Instant.now());
		escrow.refund("refund:" + order, order, Money.ofMinor(1_000, "RWF"), Instant.now());
		var refundPayable = Accounts.refundPayable(order, CurrencyCode.of("RWF"));
		assertThat(ledger.balance(refundPayable).available()).isEqualTo(1_000);
		assertThat(escrow.held(order, CurrencyCode.of("RWF"))).isEqualTo(Money.ofMinor(2_000, "RWF"));

		PayoutView refund = payouts.refundToBuyer(order, Msisdn.of("+250788000001"), Money.ofMinor(1_000, "RWF"),
				"r-" + order);
		assertThat(ledger.balance(refundPayable).available()).isZero();
		momo.deliverCallbacks(); // payee numbers ending in 1 are unknown to the provider

		assertThat(payouts.view(refund.id()).status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(payouts.view(refund.id()).reason()).isEqualTo("PAYEE_NOT_FOUND");
		assertThat(ledger.balance(refundPayable).available()).isEqualTo(1_000);
		LedgerInvariants.check(jdbc, "after a failed refund transfer");
	}

	@Test
	void payoutApiReplaysTheFirstResultForTheSameIdempotencyKeyAndMovesNothingMore() throws Exception {
		String token = SignIn.token(mvc, SELLER);
		String key = "api-payout-" + UUID.randomUUID();
		String body = "{\"amount\": 2500, \"currency\": \"RWF\"}";

		String first = mvc
			.perform(SignIn.bearer(post("/api/v1/payouts"), token)
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"))
			.andExpect(jsonPath("$.amount.amount").value("2500"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(first, "$.id");
		String footprint = LedgerInvariants.footprint(jdbc);

		mvc.perform(SignIn.bearer(post("/api/v1/payouts"), token)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isOk()) // a replay answers like orders and payments do
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(id));
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);

		mvc.perform(SignIn.bearer(post("/api/v1/payouts"), token)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amount\": 2600, \"currency\": \"RWF\"}")).andExpect(status().isConflict());
		mvc.perform(SignIn.bearer(post("/api/v1/payouts"), token).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		mvc.perform(SignIn.bearer(post("/api/v1/payouts"), token)
			.header("Idempotency-Key", "k-" + UUID.randomUUID())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amount\": 10.5, \"currency\": \"RWF\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		mvc.perform(SignIn.bearer(post("/api/v1/payouts"), token)
			.header("Idempotency-Key", "k-" + UUID.randomUUID())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amount\": 99999999, \"currency\": \"RWF\"}")).andExpect(status().isConflict());
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);

		mvc.perform(SignIn.bearer(get("/api/v1/payouts"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").exists());
		mvc.perform(SignIn.bearer(get("/api/v1/payouts/balance"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].currency").value("RWF"));
		mvc.perform(SignIn.bearer(post("/api/v1/payouts"), SignIn.token(mvc, "buyer.cn@isoko.demo"))
			.header("Idempotency-Key", "b")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
	}

	@Test
	void operatorsSeeABalancedTrialBalanceAndTheReconciliationFlagsALostCallback() throws Exception {
		// An order of the Kigali hub (a hub's operators see its orders' rows only).
		UUID lost = payments.create(new Payments.Collect(OrderId.random(), Money.ofMinor(7_000, "RWF"), Provider.MOMO,
				Msisdn.of("+250788000002"), null, null, null, HubCode.of("KGL"), HubCode.of("NBO")));
		payments.send(lost);
		momo.deliverCallbacks();
		String token = SignIn.token(mvc, "operator.kigali@isoko.demo");

		mvc.perform(SignIn.bearer(get("/api/v1/ledger/trial-balance"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.currency == 'RWF')].balanced").value(org.hamcrest.Matchers.contains(true)));
		mvc.perform(SignIn.bearer(get("/api/v1/payments/reconciliation?size=100"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + lost + "')].match")
				.value(org.hamcrest.Matchers.contains("MISSING_IN_LEDGER")));

		PaymentsTestSupport.makeDue(jdbc);
		payments.pollDue(100);
		mvc.perform(SignIn.bearer(get("/api/v1/payments/reconciliation?size=100"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + lost + "')].match")
				.value(org.hamcrest.Matchers.contains("MATCHED")));
		mvc.perform(SignIn.bearer(get("/api/v1/ledger/trial-balance"), SignIn.token(mvc, SELLER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void reconciliationShowsAHubOperatorTheRowsOfTheirHubsOrdersOnlyAndAnAdminAll() throws Exception {
		OrganisationId seller = PaymentsTestSupport.organisationOf(users, SELLER);
		OrderId order = OrderId.random();
		UUID payment = payments.create(new Payments.Collect(order, Money.ofMinor(12_345, "RWF"), Provider.MOMO,
				Msisdn.of("+250788000005"), null, null, seller, HubCode.of("KGL"), HubCode.of("NBO")));
		payments.send(payment);
		momo.deliverCallbacks();
		escrow.refund("refund:scoped:" + order, order, Money.ofMinor(2_000, "RWF"), Instant.now());
		UUID refundPayout = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> jdbc.sql("SELECT id FROM payments_payout WHERE owner = :owner")
				.param("owner", "order:" + order)
				.query(UUID.class)
				.optional(), java.util.Optional::isPresent)
			.get();

		for (String operator : new String[] { "operator.hangzhou@isoko.demo" }) {
			String json = mvc
				.perform(SignIn.bearer(get("/api/v1/payments/reconciliation?size=100"), SignIn.token(mvc, operator)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(json).as("a KGL→NBO order seen by " + operator)
				.doesNotContain(payment.toString())
				.doesNotContain(refundPayout.toString());
			String page = mvc.perform(get("/operator/ledger").session(SignIn.session(mvc, operator)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).doesNotContain(payment.toString()).doesNotContain("12,345");
		}
		for (String allowed : new String[] { "operator.kigali@isoko.demo", "admin@isoko.demo" }) {
			mvc.perform(SignIn.bearer(get("/api/v1/payments/reconciliation?size=100"), SignIn.token(mvc, allowed)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[?(@.id == '" + payment + "')].type")
					.value(org.hamcrest.Matchers.contains("PAYMENT")))
				.andExpect(jsonPath("$.items[?(@.id == '" + refundPayout + "')].type")
					.value(org.hamcrest.Matchers.contains("BUYER_REFUND")));
		}
	}

}
