package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserDirectory;
import org.isoko.identity.UserId;
import org.isoko.ordering.OrderId;
import org.isoko.payments.PaidOrders.Paid;
import org.isoko.payments.simulator.MomoSimulator;
import org.isoko.payments.simulator.WalletSimulator;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Refunds people ask for, through {@code /api/v1/orders/{id}/refunds} and the seller's
 * page: who may, the Idempotency-Key, and every refusal changing nothing. The ledger's
 * invariants are checked after each scenario.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "isoko.payments.jobs.enabled=false", "isoko.payments.simulator.delay=PT0S",
				"isoko.payments.simulator.callback-interval=PT1H" })
@AutoConfigureMockMvc
class RefundRequestsIntegrationTests {

	static final String SELLER = "seller.coop@isoko.demo";
	static final String OTHER_SELLER = "seller.sme@isoko.demo";
	static final String BUYER = "buyer.cn@isoko.demo";
	static final String OPERATOR = "operator.kigali@isoko.demo";
	static final CurrencyCode CNY = CurrencyCode.of("CNY");

	@Autowired
	MockMvc mvc;

	@Autowired
	Payments payments;

	@Autowired
	Escrow escrow;

	@Autowired
	BuyerRefunds refunds;

	@Autowired
	MomoSimulator momo;

	@Autowired
	WalletSimulator wallet;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDirectory users;

	PaidOrders paidOrders;

	OrganisationId seller;

	UserId buyer;

	@BeforeEach
	void setUp() {
		paidOrders = new PaidOrders(payments, momo, wallet, jdbc);
		seller = PaymentsTestSupport.organisationOf(users, SELLER);
		buyer = PaymentsTestSupport.userOf(users, BUYER);
	}

	@AfterEach
	void ledgerStillBalances() {
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		LedgerInvariants.check(jdbc, "after the scenario");
	}

	Paid paidByWallet(long minor) {
		return paidOrders.byWallet(Money.ofMinor(minor, CNY), seller, buyer);
	}

	ResultActions refund(String token, OrderId order, String key, String body) throws Exception {
		var request = SignIn.bearer(post("/api/v1/orders/" + order + "/refunds"), token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
	}

	static String body(String amount, String currency, String reason) {
		return "{\"amount\": " + amount + ", \"currency\": \"" + currency + "\", \"reason\": \"" + reason + "\"}";
	}

	@Test
	void sellerGivesTwoPartialWalletRefundsAndAReplayedKeyAnswersTheFirstRefundAndMovesNothing() throws Exception {
		Paid paid = paidByWallet(50_000);
		String token = SignIn.token(mvc, SELLER);
		String key = "refund-" + UUID.randomUUID();
		String first = body("120.00", "CNY", "two bags arrived wet");

		String created = refund(token, paid.order(), key, first).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/orders/" + paid.order() + "/refunds/")))
			.andExpect(jsonPath("$.amount.amount").value("120.00"))
			.andExpect(jsonPath("$.provider").value("WALLET"))
			.andExpect(jsonPath("$.status").value("SUCCESSFUL"))
			.andExpect(jsonPath("$.reason").value("two bags arrived wet"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		String footprint = LedgerInvariants.footprint(jdbc);

		refund(token, paid.order(), key, first).andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(id));
		refund(token, paid.order(), key, body("130.00", "CNY", "two bags arrived wet"))
			.andExpect(status().isConflict());
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
		assertThat(wallet.refunded(paid.reference().toString())).isEqualByComparingTo("120.00");

		refund(token, paid.order(), "refund-" + UUID.randomUUID(), body("80.50", "CNY", "one more bag"))
			.andExpect(status().isCreated());

		mvc.perform(SignIn.bearer(get("/api/v1/orders/" + paid.order() + "/refunds"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[1].id").value(id));
		mvc.perform(SignIn.bearer(get("/api/v1/orders/" + paid.order() + "/refunds/" + id), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUCCESSFUL"));
		assertThat(escrow.held(paid.order(), CNY)).isEqualTo(Money.ofMinor(29_950, CNY));
		assertThat(wallet.refunded(paid.reference().toString())).isEqualByComparingTo("200.50");
	}

	@Test
	void badRequestsAreRefusedNamingTheFieldAndMoveNothing() throws Exception {
		Paid paid = paidByWallet(10_000);
		String token = SignIn.token(mvc, SELLER);
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		String footprint = LedgerInvariants.footprint(jdbc);

		expectField(refund(token, paid.order(), newKey(), body("100.01", "CNY", "too much")), "amount");
		expectField(refund(token, paid.order(), newKey(), body("10", "RWF", "wrong currency")), "currency");
		expectField(refund(token, paid.order(), newKey(), body("0", "CNY", "nothing")), "amount");
		expectField(refund(token, paid.order(), newKey(), body("-5", "CNY", "negative")), "amount");
		expectField(refund(token, paid.order(), newKey(), body("1.001", "CNY", "a tenth of a fen")), "amount");
		expectField(refund(token, paid.order(), newKey(), body("\"lots\"", "CNY", "not a number")), "amount");
		expectField(refund(token, paid.order(), newKey(), "{\"amount\": 1, \"currency\": \"CNY\"}"), "reason");
		expectField(refund(token, paid.order(), newKey(), body("1", "XX", "bad currency")), "currency");
		expectField(refund(token, paid.order(), null, body("1", "CNY", "no key")), "Idempotency-Key");

		PaymentsTestSupport.awaitRefundListeners(jdbc);
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
		assertThat(refunds.refunds(paid.order())).isEmpty();
		assertThat(escrow.held(paid.order(), CNY)).isEqualTo(paid.amount());
	}

	static String newKey() {
		return "k-" + UUID.randomUUID();
	}

	static void expectField(ResultActions result, String field) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	@Test
	void unpaidReleasedAndFullyRefundedOrdersAnswerConflict() throws Exception {
		String token = SignIn.token(mvc, SELLER);
		// Not paid: the buyer has not approved the request on the phone (numbers ending
		// in 4 never answer).
		OrderId unpaid = OrderId.random();
		UUID waiting = payments.create(new Payments.Collect(unpaid, Money.ofMinor(5_000, "RWF"), Provider.MOMO,
				Msisdn.of("+250788000004"), buyer, null, seller, PaidOrders.KGL, PaidOrders.HGH));
		payments.send(waiting);
		refund(token, unpaid, newKey(), body("1000", "RWF", "not paid")).andExpect(status().isConflict());

		Paid refunded = paidByWallet(5_000);
		refund(token, refunded.order(), newKey(), body("50.00", "CNY", "all of it")).andExpect(status().isCreated());
		refund(token, refunded.order(), newKey(), body("0.01", "CNY", "one more fen")).andExpect(status().isConflict());

		// Released in the seller's own currency (RWF), so that the seller's balances stay
		// what other tests expect.
		Paid released = paidOrders.byMomo(Money.ofMinor(7_000, "RWF"), "+250788300025", seller, buyer);
		CurrencyCode rwf = CurrencyCode.of("RWF");
		escrow.release(
				"release:" + released.order(), new Escrow.Release(released.order(), Money.ofMinor(7_000, rwf),
						Money.zero(rwf), "none", Money.zero(rwf), CountryCode.of("RW"), Money.zero(rwf), seller, rwf),
				Instant.now());
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		String footprint = LedgerInvariants.footprint(jdbc);
		refund(token, released.order(), newKey(), body("1000", "RWF", "too late")).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
	}

	@Test
	void strangersLearnNothingTheBuyerSeesTheRefundsAndHubOperatorsMayRefund() throws Exception {
		Paid paid = paidByWallet(20_000);
		String stranger = SignIn.token(mvc, OTHER_SELLER);
		refund(stranger, paid.order(), newKey(), body("1.00", "CNY", "not mine")).andExpect(status().isNotFound());
		mvc.perform(SignIn.bearer(get("/api/v1/orders/" + paid.order() + "/refunds"), stranger))
			.andExpect(status().isNotFound());
		refund(stranger, OrderId.random(), newKey(), body("1.00", "CNY", "nobody's")).andExpect(status().isNotFound());

		// Only operators of the hubs the order travels between may refund it: Hangzhou's,
		// not for a Kigali → Nairobi order.
		jdbc.sql("UPDATE payments_payment SET destination_hub = 'NBO' WHERE order_ref = :order")
			.param("order", paid.order().toString())
			.update();
		String hangzhou = SignIn.token(mvc, "operator.hangzhou@isoko.demo");
		refund(hangzhou, paid.order(), newKey(), body("1.00", "CNY", "not my hub")).andExpect(status().isNotFound());
		String operator = SignIn.token(mvc, OPERATOR);
		refund(operator, paid.order(), newKey(), body("15.00", "CNY", "goodwill after a late delivery"))
			.andExpect(status().isCreated());

		String buyerToken = SignIn.token(mvc, BUYER);
		refund(buyerToken, paid.order(), newKey(), body("1.00", "CNY", "I want more"))
			.andExpect(status().isForbidden());
		mvc.perform(SignIn.bearer(get("/api/v1/orders/" + paid.order() + "/refunds"), buyerToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].amount.amount").value("15.00"))
			.andExpect(jsonPath("$.items[0].reason").value("goodwill after a late delivery"));
		assertThat(escrow.held(paid.order(), CNY)).isEqualTo(Money.ofMinor(18_500, CNY));
	}

	@Test
	void aMobileMoneyRefundIsPendingUntilTheTransferToThePayerIsConfirmed() throws Exception {
		Paid paid = paidOrders.byMomo(Money.ofMinor(12_000, "RWF"), "+250788300015", seller, buyer);
		String token = SignIn.token(mvc, SELLER);

		String created = refund(token, paid.order(), newKey(), body("2000", "RWF", "one bag short"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.provider").value("MOMO"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		momo.deliverCallbacks();

		mvc.perform(SignIn.bearer(get("/api/v1/orders/" + paid.order() + "/refunds/" + JsonPath.read(created, "$.id")),
				token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUCCESSFUL"));
		assertThat(escrow.held(paid.order(), CurrencyCode.of("RWF"))).isEqualTo(Money.ofMinor(10_000, "RWF"));
	}

	@Test
	void sellerRefundsFromThePageOnceEvenIfTheFormIsSentTwiceAndSeesErrorsNextToTheField() throws Exception {
		Paid paid = paidByWallet(30_000);
		MockHttpSession session = SignIn.session(mvc, SELLER);
		String path = "/seller/orders/" + paid.order() + "/refunds";

		String page = mvc.perform(get(path).session(session).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"refund-held\"")))
			.andExpect(content().string(containsString("300.00")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.length()).isLessThan(50_000);

		String key = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post(path).session(session)
				.with(csrf())
				.param("key", key)
				.param("amount", "25.00")
				.param("currency", "CNY")
				.param("reason", "one bag torn")).andExpect(redirectedUrl(path + "?requested"));
		}
		assertThat(refunds.refunds(paid.order())).singleElement()
			.satisfies(r -> assertThat(r.amount()).isEqualTo(Money.ofMinor(2_500, CNY)));
		assertThat(escrow.held(paid.order(), CNY)).isEqualTo(Money.ofMinor(27_500, CNY));
		mvc.perform(get(path).session(session).param("requested", "").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"refund-requested\"")))
			.andExpect(content().string(containsString("one bag torn")));

		PaymentsTestSupport.awaitRefundListeners(jdbc);
		String footprint = LedgerInvariants.footprint(jdbc);
		mvc.perform(post(path).session(session)
			.with(csrf())
			.param("key", UUID.randomUUID().toString())
			.param("amount", "999")
			.param("currency", "CNY")
			.param("reason", "too much"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"amount-error\"")));
		mvc.perform(post(path).session(session)
			.with(csrf())
			.param("key", UUID.randomUUID().toString())
			.param("amount", "12,50")
			.param("currency", "CNY")
			.param("reason", "comma"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"amount-error\"")));
		mvc.perform(post(path).session(session)
			.with(csrf())
			.param("key", UUID.randomUUID().toString())
			.param("amount", "1")
			.param("currency", "CNY")
			.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);

		mvc.perform(get(path).session(session).param("lang", "zh"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("退款给买家")));
		mvc.perform(get(path).session(SignIn.session(mvc, OTHER_SELLER))).andExpect(status().isNotFound());
	}

	@Test
	void hubOperatorRefundsFromTheirOwnOrderPagesAndOnlyForOrdersOfTheirHub() throws Exception {
		Paid paid = paidByWallet(40_000); // KGL -> HGH
		MockHttpSession kigali = SignIn.session(mvc, OPERATOR);
		String path = "/operator/orders/" + paid.order() + "/refunds";

		mvc.perform(get(path).session(kigali).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"refund-held\"")))
			.andExpect(content().string(containsString("action=\"" + path + "\"")));
		String key = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post(path).session(kigali)
				.with(csrf())
				.param("key", key)
				.param("amount", "40.00")
				.param("currency", "CNY")
				.param("reason", "goodwill after a late delivery")).andExpect(redirectedUrl(path + "?requested"));
		}
		assertThat(refunds.refunds(paid.order())).singleElement()
			.satisfies(r -> assertThat(r.amount()).isEqualTo(Money.ofMinor(4_000, CNY)));
		assertThat(escrow.held(paid.order(), CNY)).isEqualTo(Money.ofMinor(36_000, CNY));

		// An order between Nairobi and Kigali is none of Hangzhou's business.
		OrderId order = OrderId.random();
		UUID payment = payments.create(new Payments.Collect(order, Money.ofMinor(10_000, CNY), Provider.WALLET, null,
				buyer, null, seller, org.isoko.shared.HubCode.of("NBO"), org.isoko.shared.HubCode.of("KGL")));
		payments.send(payment);
		wallet.pay(PaymentsTestSupport.referenceOf(jdbc, payment).toString());
		MockHttpSession hangzhou = SignIn.session(mvc, "operator.hangzhou@isoko.demo");
		// (answered as to strangers: they learn nothing, not even that the order exists)
		mvc.perform(get("/operator/orders/" + order + "/refunds").session(hangzhou)).andExpect(status().isNotFound());
		mvc.perform(post("/operator/orders/" + order + "/refunds").session(hangzhou)
			.with(csrf())
			.param("key", UUID.randomUUID().toString())
			.param("amount", "10.00")
			.param("currency", "CNY")
			.param("reason", "not mine")).andExpect(status().is4xxClientError());
		assertThat(escrow.held(order, CNY)).isEqualTo(Money.ofMinor(10_000, CNY));
		mvc.perform(get("/operator/orders/" + order + "/refunds").session(kigali)).andExpect(status().isOk());
	}

}
