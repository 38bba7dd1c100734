package org.isoko.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.ordering.OrderId;
import org.isoko.payments.PayoutSent;
import org.isoko.payments.simulator.MomoSimulator;
import org.isoko.payments.simulator.WalletSimulator;
import org.isoko.shared.Money;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.isoko.support.TokenCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * A seller is told by SMS that a payout reached their mobile-money wallet: the whole way
 * from an order the buyer confirmed, through the automatic payout, the MoMo simulator's
 * transfer and its callback, to one message in the outbox at the cooperative's number, in
 * Kinyarwanda, with the amount and the order number. A callback or an event delivered
 * again adds nothing; a seller who opted out gets nothing. (The configuration of
 * OrderPaymentFlowIntegrationTests: a real port for the provider simulators, their
 * callbacks sent when the test asks, automatic payouts on.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "isoko.payments.jobs.enabled=false", "isoko.payments.simulator.delay=PT0S",
				"isoko.payments.simulator.callback-interval=PT1H", "isoko.payments.auto-payout=true" })
@AutoConfigureMockMvc
class PayoutSmsIntegrationTests {

	static final String SELLER = "seller.coop@isoko.demo";

	static final String BUYER = "importer.cn@isoko.demo";

	/** The cooperative's number: its payout wallet and where its SMS go. */
	static final String COOP_PHONE = "250788100200";

	static final String PAYOUT_LISTENER = "SellerPayoutSms";

	private final TokenCache tokens = new TokenCache();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MomoSimulator momo;

	@Autowired
	WalletSimulator wallet;

	@Autowired
	LotFixtures lotFixtures;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SmsOutboxLookups sms;

	@Test
	void aPayoutOfAnOrdersShareTellsTheSellerOnceInTheirLanguageWithTheAmountAndTheOrder() throws Exception {
		setNotifications(true);
		String order = completedOrder();
		Payout payout = awaitPayoutSent(order);

		SmsOutboxLookups.Sms message = sms.awaitMessage("payout-sent:" + payout.id());
		assertThat(message.recipient()).isEqualTo(COOP_PHONE);
		// The cooperative's seller reads Kinyarwanda, which groups thousands with a dot.
		assertThat(message.message())
			.isEqualTo("Isoko: twakoherereje " + String.format(Locale.GERMAN, "%,d", payout.minor())
					+ " RWF kuri mobile money yawe, amafaranga y'icyatumijwe " + sms.orderNumber(order) + ".");
		assertThat(message.purpose()).isEqualTo("PAYOUT_SENT");
		assertThat(message.encoding()).isEqualTo("GSM_7");

		// The provider calls back again (it did not see our answer): the payout is final,
		// nothing is announced again.
		mvc.perform(post("/api/v1/payments/callbacks/momo/disbursements/" + payout.reference()))
			.andExpect(status().isOk());
		// Spring Modulith delivers the event again (say, after a restart).
		transactions.executeWithoutResult(tx -> events.publishEvent(new PayoutSent(payout.id(), OrderId.of(order),
				organisation(), Money.ofMinor(payout.minor(), "RWF"), Instant.now())));
		sms.awaitListeners(PAYOUT_LISTENER);
		assertThat(sms.messages("payout-sent:" + payout.id())).isOne();
	}

	@Test
	void aPayoutOfTheBalanceNamesNoOrderAndWritesDecimalsTheSellersWay() throws Exception {
		setNotifications(true);
		UUID payout = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new PayoutSent(payout, null, organisation(), Money.ofMinor(1_234_550, "CNY"), Instant.now())));

		assertThat(sms.awaitMessage("payout-sent:" + payout).message()).isEqualTo(
				"Isoko: twakoherereje 12.345,50 CNY kuri mobile money yawe, avuye ku mafaranga yawe ari kuri Isoko.");
	}

	@Test
	void aSellerWhoOptedOutGetsNoSmsForAPayout() throws Exception {
		UUID payout = UUID.randomUUID();
		setNotifications(false);
		try {
			sms.awaitListeners(PAYOUT_LISTENER);
			long before = sms.messagesFor("PAYOUT_SENT");
			transactions.executeWithoutResult(tx -> events.publishEvent(
					new PayoutSent(payout, null, organisation(), Money.ofMinor(5_000, "RWF"), Instant.now())));
			sms.awaitListeners(PAYOUT_LISTENER);
			// None at all, whatever key it might have been written under.
			assertThat(sms.messagesFor("PAYOUT_SENT")).isEqualTo(before);
		}
		finally {
			setNotifications(true);
		}
	}

	/** Places, pays, ships and confirms an order of a fresh lot of the cooperative. */
	private String completedOrder() throws Exception {
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", 50, 15_000, 1);
		String placed = mvc
			.perform(as(BUYER,
					json(post("/api/v1/orders"),
							"""
									{"lines":[{"lotId":"%s","corridorId":"%s","quantity":1}],
									 "deliveryAddress":{"name":"Wang Fang","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}}"""
								.formatted(lot.id(), lot.corridor()))
						.header("Idempotency-Key", UUID.randomUUID().toString())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String order = JsonPath.read(placed, "$.id");
		// Paid through the wallet simulator, so that the money reaches escrow (the demo
		// payment moves none).
		String started = mvc
			.perform(as(BUYER,
					json(post("/api/v1/orders/" + order + "/payments"), "{\"provider\":\"WALLET\"}")
						.header("Idempotency-Key", UUID.randomUUID().toString())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String redirect = JsonPath.read(started, "$.payment.redirectUrl");
		assertThat(wallet.pay(redirect.substring(redirect.lastIndexOf('/') + 1))).isTrue();
		awaitStatus(order, "PAID");
		mvc.perform(as(SELLER, post("/api/v1/orders/" + order + "/acceptance"))).andExpect(status().isOk());
		mvc.perform(as(SELLER,
				json(post("/api/v1/orders/" + order + "/shipment"),
						"{\"carrier\":\"RwandAir Cargo\",\"trackingNumber\":\"WB-" + order.substring(0, 8) + "\"}")))
			.andExpect(status().isOk());
		mvc.perform(as(BUYER, post("/api/v1/orders/" + order + "/delivery-confirmation"))).andExpect(status().isOk());
		return order;
	}

	private void awaitStatus(String order, String expected) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			String status = jdbc.sql("SELECT status FROM ordering_order WHERE id = :id")
				.param("id", UUID.fromString(order))
				.query(String.class)
				.single();
			if (status.equals(expected)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("order " + order + " never became " + expected);
	}

	record Payout(UUID id, UUID reference, long minor) {
	}

	/**
	 * The order's automatic payout, once the provider's callback reported it successful.
	 */
	private Payout awaitPayoutSent(String order) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(until)) {
			// The payout is sent after its transaction, from another thread.
			momo.deliverCallbacks();
			List<Payout> sent = jdbc.sql("""
					SELECT id, reference_id, amount_minor FROM payments_payout
					WHERE order_id = :order AND kind = 'SELLER_PAYOUT' AND status = 'SUCCESSFUL'""")
				.param("order", UUID.fromString(order))
				.query((rs, n) -> new Payout(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3)))
				.list();
			if (!sent.isEmpty()) {
				return sent.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no successful payout for order " + order);
	}

	private OrganisationId organisation() {
		return new OrganisationId(jdbc.sql("SELECT id FROM identity_organisation WHERE name = :name")
			.param("name", LotFixtures.COOPERATIVE)
			.query(UUID.class)
			.single());
	}

	private void setNotifications(boolean enabled) throws Exception {
		mvc.perform(as(SELLER, json(put("/api/v1/me/sms-notifications"), "{\"enabled\":" + enabled + "}")))
			.andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) throws Exception {
		return SignIn.bearer(request, tokens.of(mvc, email));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
