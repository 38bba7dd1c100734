package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserDirectory;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderPlacement;
import org.isoko.payments.ledger.AccountKey;
import org.isoko.payments.ledger.AccountKind;
import org.isoko.payments.simulator.MomoSimulator;
import org.isoko.payments.simulator.WalletSimulator;
import org.isoko.shared.Money;
import org.isoko.support.LotFixtures;
import org.isoko.support.MutableClock;
import org.isoko.support.MutableClockConfiguration;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * Paying real orders end to end, through the modules' events: the buyer pays through the
 * public API, the provider simulator confirms over HTTP, payments captures into escrow
 * and publishes the payment, ordering marks the order PAID; on completion escrow is
 * released as the buyer was charged (goods, freight and insurance, duty and taxes, fees)
 * and the seller's share is paid out automatically. Refused payments (after expiry) go
 * back to the buyer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "isoko.payments.jobs.enabled=false", "isoko.payments.simulator.delay=PT0S",
				"isoko.payments.simulator.callback-interval=PT1H", "isoko.payments.auto-payout=true" })
@AutoConfigureMockMvc
@EnableScenarios
@Import(MutableClockConfiguration.class)
class OrderPaymentFlowIntegrationTests extends BuyerOrderTestSupport {

	@Autowired
	UserDirectory users;

	@Autowired
	MomoSimulator momo;

	@Autowired
	WalletSimulator wallet;

	@Autowired
	Escrow escrow;

	@Autowired
	Ledger ledger;

	@Autowired
	Payouts payouts;

	@Autowired
	Payments payments;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	OrderPlacement placement;

	/**
	 * The event flow "payment settled → order paid" alone, driven and awaited with Spring
	 * Modulith's {@link Scenario}: a provider's confirmation applied in payments makes
	 * ordering mark the order PAID after the payments transaction committed.
	 */
	@Test
	void paymentSettledMakesTheOrderPaid(Scenario scenario) throws Exception {
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 20, 15_000, 1);
		String order = place(CHINESE_BUYER, lot, 1, "+86 138 0013 8000");
		Money total = total(CHINESE_BUYER, order);
		UUID payment = payments.create(new Payments.Collect(OrderId.of(order), total, Provider.WALLET, null, null));
		UUID reference = PaymentsTestSupport.referenceOf(jdbc, payment);

		// (Scenario captures the events published on the test's thread; ordering's
		// listener
		// runs on another, so the test waits for the order's state instead.)
		scenario
			.stimulate(() -> payments.apply(reference,
					new ProviderStatus(ProviderStatus.State.SUCCESSFUL, null, "trade-1", total.amount(),
							total.currency().value())))
			.andWaitForStateChange(() -> orderStatus(CHINESE_BUYER, order), "PAID"::equals)
			.andVerify(status -> {
				assertThat(escrow.held(OrderId.of(order), total.currency())).isEqualTo(total);
				assertThat(PaymentsTestSupport.postings(jdbc, Escrow.correlation(OrderId.of(order)))).isOne();
			});
	}

	@Test
	void walletPaymentPaysTheOrderAndCompletionReleasesEveryPartAndPaysTheSellerOut() throws Exception {
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 20, 15_000, 1);
		String order = place(CHINESE_BUYER, lot, 2, "+86 138 0013 8000");
		String key = UUID.randomUUID().toString();

		String started = pay(CHINESE_BUYER, order, key, "{\"provider\":\"WALLET\"}").andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"))
			.andExpect(jsonPath("$.status").value("PLACED"))
			.andExpect(jsonPath("$.payment.status").value("PENDING"))
			.andExpect(jsonPath("$.payment.nextAction").value("REDIRECT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String payment = JsonPath.read(started, "$.payment.id");
		String redirect = JsonPath.read(started, "$.payment.redirectUrl");
		assertThat(redirect).contains("/simulators/wallet/pay/");

		// The same request again answers the same payment; another one while it waits is
		// refused.
		pay(CHINESE_BUYER, order, key, "{\"provider\":\"WALLET\"}").andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.payment.id").value(payment));
		pay(CHINESE_BUYER, order, UUID.randomUUID().toString(), "{\"provider\":\"WALLET\"}")
			.andExpect(status().isConflict());
		assertThat(count("payments_payment WHERE order_ref = '" + order + "'")).isOne();

		wallet.pay(redirect.substring(redirect.lastIndexOf('/') + 1));

		awaitStatus(CHINESE_BUYER, order, "PAID");
		Money total = total(CHINESE_BUYER, order);
		// The buyer's order page says the money is held until they confirm (and, once
		// completed below, that it went to the seller).
		var buyerPage = SignIn.session(mvc, CHINESE_BUYER);
		mvc.perform(get("/orders/" + order + "?lang=en").session(buyerPage))
			.andExpect(content().string(containsString("held in escrow until you confirm delivery")));
		assertThat(escrow.held(OrderId.of(order), total.currency())).isEqualTo(total);
		call(CHINESE_BUYER, get("/api/v1/orders/" + order + "/payments"))
			.andExpect(jsonPath("$[0].status").value("SUCCESSFUL"))
			.andExpect(jsonPath("$[0].provider").value("WALLET"));
		String escrowView = call(COOP, get("/api/v1/payouts/escrow")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The seller's part only, in the seller's currency
		// (SellerProceedsIntegrationTests
		// checks the figure against the ledger).
		java.util.List<Number> heldInYuan = JsonPath.read(escrowView, "$[?(@.currency == 'CNY')].amount.minorUnits");
		assertThat(heldInYuan).isEmpty();
		java.util.List<Number> heldForSeller = JsonPath.read(escrowView, "$[?(@.currency == 'RWF')].amount.minorUnits");
		assertThat(heldForSeller).singleElement().satisfies(held -> assertThat(held.longValue()).isPositive());

		// A redelivered confirmation changes nothing: ordering has applied this payment
		// already.
		String footprint = LedgerInvariants.footprint(jdbc);
		long history = count("ordering_order_history WHERE order_id = '" + order + "'");
		transactions.executeWithoutResult(tx -> events.publishEvent(new PaymentSucceeded(UUID.fromString(payment),
				OrderId.of(order), total, Provider.WALLET, Instant.now())));
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
		assertThat(count("ordering_order_history WHERE order_id = '" + order + "'")).isEqualTo(history);

		String charges = call(CHINESE_BUYER, get("/api/v1/orders/" + order)).andReturn()
			.getResponse()
			.getContentAsString();
		OrganisationId seller = PaymentsTestSupport.organisationOf(users, COOP);
		long freightBefore = balance(Accounts.freight("RwandAir Cargo", total.currency()));
		long customsBefore = balance(AccountKey.of(AccountKind.DUTY_TAX_PAYABLE, "customs:CN", total.currency()));
		long payoutsBefore = count("payments_payout WHERE owner = 'org:" + seller.value() + "'");

		call(COOP, post("/api/v1/orders/" + order + "/acceptance")).andExpect(status().isOk());
		call(COOP, post("/api/v1/orders/" + order + "/shipment"),
				"{\"carrier\":\"RwandAir Cargo\",\"trackingNumber\":\"WB-77\"}")
			.andExpect(status().isOk());
		call(CHINESE_BUYER, post("/api/v1/orders/" + order + "/delivery-confirmation")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));

		await().atMost(PATIENCE).until(() -> escrow.held(OrderId.of(order), total.currency()).isZero());
		mvc.perform(get("/orders/" + order + "?lang=en").session(buyerPage))
			.andExpect(content().string(containsString("the money has been released to the seller")))
			.andExpect(content().string(not(containsString("until you confirm"))));
		assertThat(balance(Accounts.freight("RwandAir Cargo", total.currency())) - freightBefore)
			.isEqualTo(minor(charges, "$.totals.freight") + minor(charges, "$.totals.insurance"));
		assertThat(balance(AccountKey.of(AccountKind.DUTY_TAX_PAYABLE, "customs:CN", total.currency())) - customsBefore)
			.isEqualTo(minor(charges, "$.totals.duty") + minor(charges, "$.totals.taxes"));
		assertThat(minor(charges, "$.totals.duty") + minor(charges, "$.totals.taxes")).as("cross-border retail taxes")
			.isPositive();

		// The seller's share went straight out as a payout to the cooperative's
		// mobile-money number.
		await().atMost(PATIENCE)
			.until(() -> count("payments_payout WHERE owner = 'org:" + seller.value() + "'") == payoutsBefore + 1);
		await().atMost(PATIENCE).until(() -> {
			momo.deliverCallbacks(); // the payout is sent after its transaction, from
										// another thread
			return jdbc.sql("SELECT status FROM payments_payout WHERE owner = :owner ORDER BY created_at DESC LIMIT 1")
				.param("owner", "org:" + seller.value())
				.query(String.class)
				.single()
				.equals("SUCCESSFUL");
		});
		LedgerInvariants.check(jdbc, "after an order paid by wallet was released and paid out");
	}

	@Test
	void mobileMoneyPaymentTheBuyerDeclinesLeavesTheOrderPayableAndTheNextOnePaysIt() throws Exception {
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "NBO", 20, 15_000, 1);
		String order = place(KENYAN_BUYER, lot, 1, "+254 700 000 003"); // numbers ending
																		// in 3 decline on
																		// the phone

		pay(KENYAN_BUYER, order, UUID.randomUUID().toString(), "{\"provider\":\"WALLET\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("provider"));
		pay(KENYAN_BUYER, order, UUID.randomUUID().toString(), "{\"provider\":\"MOMO\",\"currency\":\"RWF\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currency"));
		pay(KENYAN_BUYER, order, UUID.randomUUID().toString(),
				"{\"provider\":\"MOMO\",\"amount\":1,\"currency\":\"KES\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		pay(KENYAN_BUYER, order, UUID.randomUUID().toString(), "{\"provider\":\"MOMO\",\"phone\":\"not a number\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phone"));
		assertThat(count("payments_payment WHERE order_ref = '" + order + "'")).as("refused requests start nothing")
			.isZero();
		String totalAmount = JsonPath.read(
				call(KENYAN_BUYER, get("/api/v1/orders/" + order)).andReturn().getResponse().getContentAsString(),
				"$.totals.total.amount");
		pay(KENYAN_BUYER, order, UUID.randomUUID().toString(),
				"{\"provider\":\"MOMO\",\"amount\":" + totalAmount + ",\"currency\":\"KES\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.payment.nextAction").value("APPROVE_ON_PHONE"));
		momo.deliverCallbacks();
		await().atMost(PATIENCE).until(() -> paymentStatus(KENYAN_BUYER, order, 0).equals("FAILED"));
		call(KENYAN_BUYER, get("/api/v1/orders/" + order + "/payments"))
			.andExpect(jsonPath("$[0].reason").value("APPROVAL_REJECTED"));
		call(KENYAN_BUYER, get("/api/v1/orders/" + order)).andExpect(jsonPath("$.status").value("PLACED"));

		pay(KENYAN_BUYER, order, UUID.randomUUID().toString(), "{\"provider\":\"MOMO\",\"phone\":\"+254700000008\"}")
			.andExpect(status().isCreated());
		momo.deliverCallbacks();
		awaitStatus(KENYAN_BUYER, order, "PAID");
		Money total = total(KENYAN_BUYER, order);
		assertThat(escrow.held(OrderId.of(order), total.currency())).isEqualTo(total);

		// The buyer cancels before the seller accepts: escrow gives everything back.
		call(KENYAN_BUYER, post("/api/v1/orders/" + order + "/cancellation"), "{\"reason\":\"changed my mind\"}")
			.andExpect(status().isOk());
		await().atMost(PATIENCE).until(() -> escrow.held(OrderId.of(order), total.currency()).isZero());
		assertThat(ledger.balance(Accounts.refundPayable(OrderId.of(order), total.currency())).creditsPosted())
			.isEqualTo(total.minorUnits());
		awaitStatus(KENYAN_BUYER, order, "REFUNDED");
		LedgerInvariants.check(jdbc, "after a declined and a successful mobile-money payment and a cancellation");
	}

	@Test
	void sellerRefundingAPaidOrderInFullCancelsItReturnsTheStockAndMarksItRefunded() throws Exception {
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 20, 15_000, 1);
		String order = place(CHINESE_BUYER, lot, 3, "+86 138 0013 8000");
		String started = pay(CHINESE_BUYER, order, UUID.randomUUID().toString(), "{\"provider\":\"WALLET\"}")
			.andReturn()
			.getResponse()
			.getContentAsString();
		String redirect = JsonPath.read(started, "$.payment.redirectUrl");
		wallet.pay(redirect.substring(redirect.lastIndexOf('/') + 1));
		awaitStatus(CHINESE_BUYER, order, "PAID");
		assertThat(lotFixtures.available(lot.id())).isEqualTo(17);
		Money total = total(CHINESE_BUYER, order);

		call(COOP, post("/api/v1/orders/" + order + "/refunds").header("Idempotency-Key", UUID.randomUUID().toString()),
				"{\"amount\": " + total.amount()
						+ ", \"currency\": \"CNY\", \"reason\": \"Harvest lost to hail; sorry\"}")
			.andExpect(status().isCreated());

		awaitStatus(CHINESE_BUYER, order, "REFUNDED");
		assertThat(lotFixtures.available(lot.id())).isEqualTo(20);
		assertThat(escrow.held(OrderId.of(order), total.currency()).isZero()).isTrue();
		LedgerInvariants.check(jdbc, "after a full refund by the seller");
	}

	@Test
	void paymentConfirmedAfterTheReservationExpiredIsRefusedAndGivenBack() throws Exception {
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "NBO", 20, 15_000, 1);
		String order = place(KENYAN_BUYER, lot, 1, "+254 700 000 008");
		pay(KENYAN_BUYER, order, UUID.randomUUID().toString(), "{\"provider\":\"MOMO\"}")
			.andExpect(status().isCreated());
		// The payer approves too late: the reservation (held while paying) has run out by
		// the time the provider confirms.
		clock.advance(placement.reservationTimeout().plusMinutes(1));
		try {
			momo.deliverCallbacks();

			await().atMost(PATIENCE).until(() -> paymentStatus(KENYAN_BUYER, order, 0).equals("SUCCESSFUL"));
			Money total = total(KENYAN_BUYER, order);
			await().atMost(PATIENCE)
				.until(() -> ledger.balance(Accounts.refundPayable(OrderId.of(order), total.currency()))
					.creditsPosted() == total.minorUnits());
			assertThat(escrow.held(OrderId.of(order), total.currency()).isZero()).isTrue();
			assertThat(jdbc.sql("SELECT outcome FROM ordering_payment_settlement WHERE order_id = :id")
				.param("id", UUID.fromString(order))
				.query(String.class)
				.single()).isEqualTo("REFUSED");
			// Still PLACED: expiring it is the reservation expiry job's work.
			call(KENYAN_BUYER, get("/api/v1/orders/" + order)).andExpect(jsonPath("$.status").value("PLACED"));
			LedgerInvariants.check(jdbc, "after a refused late payment");
		}
		finally {
			clock.restore();
		}
	}

	// ---- helpers

	ResultActions pay(String buyer, String order, String key, String body) throws Exception {
		return call(buyer, post("/api/v1/orders/" + order + "/payments").header("Idempotency-Key", key), body);
	}

	String orderStatus(String buyer, String order) {
		try {
			return JsonPath.read(
					call(buyer, get("/api/v1/orders/" + order)).andReturn().getResponse().getContentAsString(),
					"$.status");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	String paymentStatus(String buyer, String order, int index) throws Exception {
		return JsonPath.read(call(buyer, get("/api/v1/orders/" + order + "/payments")).andReturn()
			.getResponse()
			.getContentAsString(), "$[" + index + "].status");
	}

	static long minor(String json, String path) {
		return ((Number) JsonPath.read(json, path + ".minorUnits")).longValue();
	}

	/** What a payable account owes its owner (credits posted). */
	long balance(AccountKey account) {
		return ledger.balance(account).creditsPosted();
	}

	long count(String tableAndCondition) {
		return jdbc.sql("SELECT COUNT(*) FROM " + tableAndCondition).query(Long.class).single();
	}

}
