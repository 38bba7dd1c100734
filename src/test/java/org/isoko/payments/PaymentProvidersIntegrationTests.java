package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isoko.identity.AuditTrail;
import org.isoko.ordering.OrderId;
import org.isoko.payments.simulator.MomoSimulator;
import org.isoko.payments.simulator.WalletSimulator;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Payments through both providers over real HTTP: the adapters call the in-process
 * simulators on the server's port and the simulators call back the public callback
 * endpoints. Jobs are off, so each test drives polling itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "isoko.payments.jobs.enabled=false", "isoko.payments.simulator.delay=PT0S",
				"isoko.payments.simulator.callback-interval=PT1H" })
@AutoConfigureMockMvc
class PaymentProvidersIntegrationTests {

	@Autowired
	Payments payments;

	@Autowired
	Escrow escrow;

	@Autowired
	MomoSimulator momo;

	@Autowired
	MomoApi momoApi;

	@Autowired
	WalletSimulator wallet;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PaymentsSettings settings;

	@Autowired
	PollSchedule polling;

	@Autowired
	CallbackGuard guard;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	MockMvc mvc;

	static final Money RWF_25000 = Money.ofMinor(25_000, "RWF");

	UUID pay(String payer, Money amount) {
		OrderId order = OrderId.random();
		UUID id = payments.create(new Payments.Collect(order, amount, Provider.MOMO, Msisdn.of(payer), null));
		payments.send(id);
		return id;
	}

	@BeforeEach
	void closeRejectionWindows() {
		guard.closeAllWindows(); // each test starts a fresh audit window for its address
	}

	@Test
	void aFloodOfRandomCallbacksWritesTwoAuditRowsNotThreeHundred() throws Exception {
		long audited = PaymentsTestSupport.audited(jdbc, "PAYMENT_CALLBACK_REJECTED");
		for (int i = 0; i < 300; i++) {
			mvc.perform(post("/api/v1/payments/callbacks/momo/collections/" + UUID.randomUUID())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"SUCCESSFUL\"}")).andExpect(status().isNotFound());
		}
		assertThat(PaymentsTestSupport.audited(jdbc, "PAYMENT_CALLBACK_REJECTED")).isEqualTo(audited + 1);
		guard.closeAllWindows();
		assertThat(PaymentsTestSupport.audited(jdbc, "PAYMENT_CALLBACK_REJECTED")).isEqualTo(audited + 2);
		assertThat(auditTrail.entries("PAYMENT_CALLBACK_REJECTED", PageRequest.of(0, 1)).items().get(0).details())
			.startsWith("299 more");
	}

	@Test
	void momoPaymentConfirmedByCallbackIsCapturedIntoEscrowExactlyOnce() throws Exception {
		UUID id = pay("+250788000005", RWF_25000);
		PaymentView started = payments.view(id);
		assertThat(started.status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(started.nextStep().kind()).isEqualTo(NextStep.Kind.APPROVE_ON_PHONE);

		momo.deliverCallbacks();

		PaymentView paid = payments.view(id);
		assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
		assertThat(escrow.held(paid.order(), RWF_25000.currency())).isEqualTo(RWF_25000);

		// Duplicate callbacks (POST and PUT, as MTN may use either) change nothing.
		String before = LedgerInvariants.footprint(jdbc);
		UUID reference = PaymentsTestSupport.referenceOf(jdbc, id);
		mvc.perform(
				post("/api/v1/payments/callbacks/momo/collections/" + reference).contentType(MediaType.APPLICATION_JSON)
					.content("{\"status\":\"SUCCESSFUL\"}"))
			.andExpect(status().isOk());
		mvc.perform(
				put("/api/v1/payments/callbacks/momo/collections/" + reference).contentType(MediaType.APPLICATION_JSON)
					.content("{\"status\":\"FAILED\",\"reason\":\"EXPIRED\"}"))
			.andExpect(status().isOk());
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(before);
		assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.SUCCESSFUL);
		assertThat(PaymentsTestSupport.postings(jdbc, Escrow.correlation(paid.order()))).isEqualTo(1);
		LedgerInvariants.check(jdbc, "after duplicate callbacks");
	}

	@Test
	void declinedPaymentIsFailedWithItsReasonAndMovesNoMoney() {
		UUID id = pay("+250788000001", RWF_25000);
		momo.deliverCallbacks();

		PaymentView failed = payments.view(id);
		assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(failed.reason()).isEqualTo("NOT_ENOUGH_FUNDS");
		assertThat(PaymentsTestSupport.postings(jdbc, Escrow.correlation(failed.order()))).isZero();
	}

	@Test
	void paymentWhoseCallbackWasLostIsCompletedByPolling() {
		UUID id = pay("+250788000002", RWF_25000); // the simulator never calls back for
													// numbers ending in 2
		momo.deliverCallbacks();
		assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.PENDING);

		PaymentsTestSupport.makeDue(jdbc);
		assertThat(payments.pollDue(100)).isGreaterThanOrEqualTo(1);

		PaymentView paid = payments.view(id);
		assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCESSFUL);
		assertThat(escrow.held(paid.order(), RWF_25000.currency())).isEqualTo(RWF_25000);
		PaymentsTestSupport.makeDue(jdbc);
		payments.pollDue(100);
		assertThat(PaymentsTestSupport.postings(jdbc, Escrow.correlation(paid.order()))).isEqualTo(1);
	}

	@Test
	void crashBeforeTheRequestLeftIsRecoveredBySendingItOnceWithTheSameReference() {
		// The payment was stored, then the application died before calling the provider.
		OrderId order = OrderId.random();
		UUID id = payments
			.create(new Payments.Collect(order, RWF_25000, Provider.MOMO, Msisdn.of("+250788000007"), null));
		UUID reference = PaymentsTestSupport.referenceOf(jdbc, id);
		assertThat(momo.transactions()).noneMatch(t -> t.referenceId.equals(reference));

		PaymentsTestSupport.makeDue(jdbc);
		payments.pollDue(100); // recovery: the provider does not know it, so it is sent
								// now
		assertThat(momo.transactions()).filteredOn(t -> t.referenceId.equals(reference)).hasSize(1);
		assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.PENDING);

		momo.deliverCallbacks();
		assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.SUCCESSFUL);
		assertThat(escrow.held(order, RWF_25000.currency())).isEqualTo(RWF_25000);
	}

	@Test
	void aBacklogTheProviderDoesNotKnowKeepsNoFreshPaymentWaitingAndCrashLeftoversAreSent() {
		// A crash left 500 open payments the provider never received, due long ago, and
		// 14
		// payments stored but never sent.
		List<UUID> unknown = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			UUID id = payments.create(
					new Payments.Collect(OrderId.random(), RWF_25000, Provider.MOMO, Msisdn.of("+250788000004"), null));
			unknown.add(id);
		}
		jdbc.sql("UPDATE payments_payment SET status = 'PENDING', next_poll_at = next_poll_at - INTERVAL '1' DAY"
				+ " WHERE id IN (:ids)")
			.param("ids", unknown)
			.update();
		List<UUID> unsent = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			unsent.add(payments.create(new Payments.Collect(OrderId.random(), RWF_25000, Provider.MOMO,
					Msisdn.of("+250788000004"), null)));
		}
		jdbc.sql("UPDATE payments_payment SET next_poll_at = next_poll_at - INTERVAL '1' HOUR WHERE id IN (:ids)")
			.param("ids", unsent)
			.update();
		// A fresh payment whose callback is lost: its first poll is due now.
		UUID fresh = pay("+250788000002", RWF_25000);
		jdbc.sql("UPDATE payments_payment SET next_poll_at = :now WHERE id = :id")
			.param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1))
			.param("id", fresh)
			.update();

		Instant runStarted = Instant.now();
		payments.pollDue(100); // one run of the polling job

		assertThat(payments.view(fresh).status()).isEqualTo(PaymentStatus.SUCCESSFUL);
		for (UUID id : unsent) {
			UUID reference = PaymentsTestSupport.referenceOf(jdbc, id);
			assertThat(momo.transactions()).filteredOn(t -> t.referenceId.equals(reference)).hasSize(1);
			assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.PENDING);
		}
		// Every poll backed its row off by at least the first wait, counted from when the
		// run began (not from now: on a loaded machine one run of 500 polls can outlast
		// the wait itself, and the assertion must not depend on how long the run took).
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM payments_payment WHERE id IN (:ids) AND poll_attempts >= 1"
					+ " AND next_poll_at >= :earliest")
			.param("ids", unknown)
			.param("earliest", SqlTimes.utc(runStarted.plus(settings.poll().waitAfter(0))))
			.query(Long.class)
			.single()).isEqualTo(500);
	}

	@Test
	void aRequestStillOpenAfterTheLastPollStopsUntilAnOperatorResumesIt() {
		UUID id = payments
			.create(new Payments.Collect(OrderId.random(), RWF_25000, Provider.MOMO, Msisdn.of("+250788000004"), null));
		jdbc.sql("UPDATE payments_payment SET status = 'PENDING', poll_attempts = :attempts WHERE id = :id")
			.param("attempts", settings.poll().maxAttempts() - 1)
			.param("id", id)
			.update();
		PaymentsTestSupport.makeDue(jdbc);
		payments.pollDue(100); // the last poll: the provider still does not know it

		PaymentsTestSupport.makeDue(jdbc);
		payments.pollDue(100);
		assertThat(pollAttempts(id)).isEqualTo(settings.poll().maxAttempts());
		assertThat(polling.stopped(PageRequest.of(0, 100)).items())
			.anySatisfy(line -> assertThat(line.id()).isEqualTo(id));

		assertThat(polling.resume(PollSchedule.Requests.PAYMENTS, id)).isTrue();
		assertThat(polling.resume(PollSchedule.Requests.PAYMENTS, id)).isFalse();
		payments.pollDue(100);
		assertThat(pollAttempts(id)).isEqualTo(1);
		assertThat(polling.stopped(PageRequest.of(0, 100)).items())
			.noneSatisfy(line -> assertThat(line.id()).isEqualTo(id));
	}

	int pollAttempts(UUID payment) {
		return jdbc.sql("SELECT poll_attempts FROM payments_payment WHERE id = :id")
			.param("id", payment)
			.query(Integer.class)
			.single();
	}

	@Test
	void crashAfterTheProviderAcceptedIsRecoveredWithoutChargingTwice() {
		// The request reached the provider, but the application died before it noted that
		// (still CREATED).
		OrderId order = OrderId.random();
		UUID id = payments
			.create(new Payments.Collect(order, RWF_25000, Provider.MOMO, Msisdn.of("+250788000002"), null));
		UUID reference = PaymentsTestSupport.referenceOf(jdbc, id);
		momoApi.requestToPay(reference, RWF_25000, Msisdn.of("+250788000002"), order.toString(),
				"http://localhost:1/nowhere");
		assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.CREATED);

		PaymentsTestSupport.makeDue(jdbc);
		payments.pollDue(100);
		payments.send(id); // a late retry of the original call must not send again

		assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.SUCCESSFUL);
		assertThat(momo.transactions()).filteredOn(t -> t.referenceId.equals(reference)).hasSize(1);
		assertThat(PaymentsTestSupport.postings(jdbc, Escrow.correlation(order))).isEqualTo(1);
	}

	@Test
	void forgedMomoCallbackIsNotBelievedAndUnknownReferencesAreRefusedAndAudited() throws Exception {
		UUID id = pay("+250788000004", RWF_25000); // the payer never approves
		UUID reference = PaymentsTestSupport.referenceOf(jdbc, id);
		String before = LedgerInvariants.footprint(jdbc);

		mvc.perform(
				post("/api/v1/payments/callbacks/momo/collections/" + reference).contentType(MediaType.APPLICATION_JSON)
					.content("{\"status\":\"SUCCESSFUL\",\"amount\":\"25000\",\"currency\":\"RWF\"}"))
			.andExpect(status().isOk());
		assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.PENDING);

		long audited = PaymentsTestSupport.audited(jdbc, "PAYMENT_CALLBACK_REJECTED");
		mvc.perform(post("/api/v1/payments/callbacks/momo/collections/" + UUID.randomUUID())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"SUCCESSFUL\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/payments/callbacks/momo/collections/not-a-uuid")).andExpect(status().isBadRequest());
		assertThat(PaymentsTestSupport.audited(jdbc, "PAYMENT_CALLBACK_REJECTED")).isEqualTo(audited + 1);
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(before);
	}

	@Test
	void walletPaymentShowsAQrCodeAndIsCapturedOnceOnItsSignedNotification() throws Exception {
		Money amount = Money.ofMinor(128_050, "CNY");
		OrderId order = OrderId.random();
		UUID id = payments.create(new Payments.Collect(order, amount, Provider.WALLET, null, null));
		PaymentView started = payments.send(id);
		assertThat(started.nextStep().kind()).isEqualTo(NextStep.Kind.REDIRECT);
		assertThat(started.nextStep().qrPayload()).contains("/simulators/wallet/pay/");
		String tradeNo = PaymentsTestSupport.referenceOf(jdbc, id).toString();
		mvc.perform(get("/simulators/wallet/pay/" + tradeNo))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("CNY 1280.50")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"wallet-pay\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/css/isoko.css")));
		// in the buyer's language, phone-sized as every Isoko page
		mvc.perform(get("/simulators/wallet/pay/" + tradeNo).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Portefeuille (simulateur)")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("width=device-width")));

		// The buyer pays on the cashier page and is sent back to the order, on the host
		// they are on (the trade's return URL), as a real wallet's return URL does.
		mvc.perform(post("/simulators/wallet/pay/" + tradeNo)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("action", "pay")
			.with(r -> {
				r.setServerName("isoko.example.rw");
				return r;
			}))
			.andExpect(status().isSeeOther())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("http://isoko.example.rw/orders/" + order));

		assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.SUCCESSFUL);
		assertThat(escrow.held(order, amount.currency())).isEqualTo(amount);

		// The same genuine notification again (providers resend until they read
		// "success") changes nothing.
		String before = LedgerInvariants.footprint(jdbc);
		var resent = post("/api/v1/payments/callbacks/wallet").contentType(MediaType.APPLICATION_FORM_URLENCODED);
		wallet.notification(wallet.trade(tradeNo)).forEach((k, v) -> resent.param(k, v));
		mvc.perform(resent).andExpect(status().isOk()).andExpect(content().string("success"));
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(before);
	}

	@Test
	void forgedUnsignedOrMalformedWalletNotificationsAreRefusedAuditedAndChangeNothing() throws Exception {
		Money amount = Money.ofMinor(5_000, "CNY");
		UUID id = payments.create(new Payments.Collect(OrderId.random(), amount, Provider.WALLET, null, null));
		payments.send(id);
		String tradeNo = PaymentsTestSupport.referenceOf(jdbc, id).toString();
		Map<String, String> genuine = new java.util.HashMap<>(wallet.notification(wallet.trade(tradeNo)));
		genuine.put("trade_status", "TRADE_SUCCESS"); // the forger claims success; the
														// signature no longer matches
		String before = LedgerInvariants.footprint(jdbc);
		long audited = PaymentsTestSupport.audited(jdbc, "PAYMENT_CALLBACK_REJECTED");

		var forged = post("/api/v1/payments/callbacks/wallet").contentType(MediaType.APPLICATION_FORM_URLENCODED);
		genuine.forEach((k, v) -> forged.param(k, v));
		mvc.perform(forged).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sign"));

		mvc.perform(post("/api/v1/payments/callbacks/wallet").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("out_trade_no", tradeNo)
			.param("trade_status", "TRADE_SUCCESS")).andExpect(status().isBadRequest());

		Map<String, String> selfSigned = WalletSignature.signed(Map.of("app_id", "isoko-demo-app", "out_trade_no",
				tradeNo, "trade_status", "TRADE_SUCCESS", "total_amount", "50.00", "currency", "CNY"), "a-guessed-key");
		var guessed = post("/api/v1/payments/callbacks/wallet").contentType(MediaType.APPLICATION_FORM_URLENCODED);
		selfSigned.forEach((k, v) -> guessed.param(k, v));
		mvc.perform(guessed).andExpect(status().isBadRequest());

		assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(before);
		// Rejections from one address are audited in aggregate: the first at once, the
		// others as one summary when the window closes.
		assertThat(PaymentsTestSupport.audited(jdbc, "PAYMENT_CALLBACK_REJECTED")).isEqualTo(audited + 1);
		guard.closeAllWindows();
		assertThat(PaymentsTestSupport.audited(jdbc, "PAYMENT_CALLBACK_REJECTED")).isEqualTo(audited + 2);
	}

	@Test
	void correctlySignedNotificationIsNotProofTheWalletIsAskedAndOnlyItsAnswerCounts() throws Exception {
		// A buyer who knows the signing key signs TRADE_SUCCESS for their own unpaid
		// trade,
		// and for a payment the wallet never heard of.
		Money amount = Money.ofMinor(5_000, "CNY");
		UUID unpaid = payments.create(new Payments.Collect(OrderId.random(), amount, Provider.WALLET, null, null));
		payments.send(unpaid);
		UUID unknown = payments.create(new Payments.Collect(OrderId.random(), amount, Provider.WALLET, null, null));
		jdbc.sql("UPDATE payments_payment SET status = 'PENDING' WHERE id = :id").param("id", unknown).update();
		String before = LedgerInvariants.footprint(jdbc);

		for (UUID id : List.of(unpaid, unknown)) {
			String tradeNo = PaymentsTestSupport.referenceOf(jdbc, id).toString();
			Map<String, String> forged = WalletSignature.signed(
					Map.of("app_id", settings.wallet().appId(), "out_trade_no", tradeNo, "trade_no", "forged",
							"trade_status", "TRADE_SUCCESS", "total_amount", "50.00", "currency", "CNY"),
					settings.wallet().signingKey());
			var notification = post("/api/v1/payments/callbacks/wallet")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED);
			forged.forEach((k, v) -> notification.param(k, v));
			mvc.perform(notification).andExpect(status().isOk());
		}

		assertThat(payments.view(unpaid).status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(payments.view(unknown).status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(before);

		// The genuine payment then settles as usual.
		wallet.pay(PaymentsTestSupport.referenceOf(jdbc, unpaid).toString());
		assertThat(payments.view(unpaid).status()).isEqualTo(PaymentStatus.SUCCESSFUL);
	}

	@Test
	void cancelledWalletPaymentFailsAndALateSuccessCannotRevive() throws Exception {
		UUID id = payments
			.create(new Payments.Collect(OrderId.random(), Money.ofMinor(990, "CNY"), Provider.WALLET, null, null));
		payments.send(id);
		String tradeNo = PaymentsTestSupport.referenceOf(jdbc, id).toString();

		wallet.cancel(tradeNo);
		assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.FAILED);

		wallet.pay(tradeNo); // the simulated cashier keeps the first outcome; the
								// notification repeats TRADE_CLOSED
		boolean changed = payments.apply(PaymentsTestSupport.referenceOf(jdbc, id),
				new ProviderStatus(ProviderStatus.State.SUCCESSFUL, null, "late", "9.90", "CNY"));
		assertThat(changed).isFalse();
		assertThat(payments.view(id).status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(PaymentsTestSupport.postings(jdbc, Escrow.correlation(payments.view(id).order()))).isZero();
	}

}
