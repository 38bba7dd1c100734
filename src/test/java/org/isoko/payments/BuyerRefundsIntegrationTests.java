package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserDirectory;
import org.isoko.ordering.OrderId;
import org.isoko.payments.PaidOrders.Paid;
import org.isoko.payments.ledger.Balance;
import org.isoko.payments.simulator.MomoSimulator;
import org.isoko.payments.simulator.WalletSimulator;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Refunds paid back to buyers through the provider they paid with, driven by
 * {@code BuyerRefundDue} after the escrow refund committed: the wallet's refund API and
 * mobile-money transfers, over HTTP against the simulators. Each scenario checks the
 * ledger's invariants (every currency's balances sum to zero, nothing overdrawn) at its
 * end. Jobs are off: tests drive polling themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "isoko.payments.jobs.enabled=false", "isoko.payments.simulator.delay=PT0S",
				"isoko.payments.simulator.callback-interval=PT1H" })
@AutoConfigureMockMvc
@EnableScenarios
class BuyerRefundsIntegrationTests {

	static final CurrencyCode CNY = CurrencyCode.of("CNY");
	static final CurrencyCode RWF = CurrencyCode.of("RWF");
	static final java.util.Random RANDOM = new java.util.Random();

	@Autowired
	Payments payments;

	@Autowired
	Payouts payouts;

	@Autowired
	BuyerRefunds refunds;

	@Autowired
	Escrow escrow;

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerReports reports;

	@Autowired
	WalletApi walletApi;

	@Autowired
	WalletSimulator wallet;

	@Autowired
	MomoApi momoApi;

	@Autowired
	MomoSimulator momo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDirectory users;

	PaidOrders paidOrders;

	OrganisationId seller;

	@BeforeEach
	void setUp() {
		paidOrders = new PaidOrders(payments, momo, wallet, jdbc);
		seller = PaymentsTestSupport.organisationOf(users, "seller.coop@isoko.demo");
	}

	@AfterEach
	void providersBackAndLedgerStill() {
		wallet.unavailable(false);
		momo.unavailable(false);
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		LedgerInvariants.check(jdbc, "after the scenario");
	}

	Paid paidByWallet(long minor) {
		return paidOrders.byWallet(Money.ofMinor(minor, CNY), seller, null);
	}

	Paid paidByMomo(long minor) {
		// A number of its own per test, so that the simulator's transfers to it are this
		// test's; ending in 5: payments succeed.
		return paidOrders.byMomo(Money.ofMinor(minor, RWF), String.format("+25078%06d5", RANDOM.nextInt(1_000_000)),
				seller, null);
	}

	BuyerRefundDue refund(Paid paid, long minor, String key) {
		Money amount = Money.ofMinor(minor, paid.amount().currency());
		escrow.refund(key, paid.order(), amount, Instant.now());
		return new BuyerRefundDue(paid.order(), amount, key, Instant.now());
	}

	Balance refundPayable(Paid paid) {
		return ledger.balance(Accounts.refundPayable(paid.order(), paid.amount().currency()));
	}

	/**
	 * The money went refund payable → in transit → the provider's clearing account, once.
	 */
	void assertSettledToTheProvider(Paid paid, long minor) {
		Balance inTransit = ledger.balance(Accounts.refundInTransit(paid.order(), paid.amount().currency()));
		assertThat(inTransit.creditsPosted()).isEqualTo(minor);
		assertThat(inTransit.debitsPosted()).isEqualTo(minor);
		assertThat(jdbc
			.sql("""
					SELECT COALESCE(SUM(t.amount), 0) FROM payments_transfer t JOIN payments_account c ON c.id = t.credit_account_id
					JOIN payments_account d ON d.id = t.debit_account_id
					WHERE c.kind = 'PROVIDER_CLEARING' AND c.owner = :provider AND d.owner = :order AND t.code = 'PAYOUT_SETTLED'""")
			.param("provider", "provider:" + paid.provider())
			.param("order", "order:" + paid.order())
			.query(Long.class)
			.single()).isEqualTo(minor);
	}

	static boolean all(List<BuyerRefundView> refunds, int count, PaymentStatus status) {
		return refunds.size() == count && refunds.stream().allMatch(r -> r.status() == status);
	}

	@Test
	void walletOrderRefundedInFullGetsItsTradeRefundedOnceAndOwesTheBuyerNothingMore(Scenario scenario) {
		Paid paid = paidByWallet(128_050);
		String key = "refund-all:order:" + paid.order() + ":CNY";

		scenario.stimulate(() -> refund(paid, 128_050, key))
			.andWaitForStateChange(() -> refunds.refunds(paid.order()), list -> all(list, 1, PaymentStatus.SUCCESSFUL))
			.andVerify(list -> {
				BuyerRefundView refund = list.get(0);
				assertThat(refund.provider()).isEqualTo(Provider.WALLET);
				assertThat(refund.amount()).isEqualTo(Money.ofMinor(128_050, CNY));
				assertThat(refund.updatedAt()).isAfterOrEqualTo(refund.createdAt());
			});

		assertThat(wallet.refunded(paid.reference().toString())).isEqualByComparingTo("1280.50");
		assertThat(wallet.trade(paid.reference().toString()).status).isEqualTo("TRADE_CLOSED");
		assertThat(refundPayable(paid).available()).isZero();
		assertThat(refundPayable(paid).debitsPending()).isZero();
		assertSettledToTheProvider(paid, 128_050);
		assertThat(escrow.held(paid.order(), CNY).isZero()).isTrue();

		// The event delivered again (a restart before its publication was marked
		// complete) refunds nothing more.
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		String footprint = LedgerInvariants.footprint(jdbc);
		refunds.payBack(new BuyerRefundDue(paid.order(), Money.ofMinor(128_050, CNY), key, Instant.now()));
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
		assertThat(wallet.refundRequests(paid.reference().toString())).isEqualTo(1);
		assertThat(refunds.refunds(paid.order())).hasSize(1);
	}

	@Test
	void momoOrderRefundedInFullIsATransferToTheNumberThatPaidSettledOnce(Scenario scenario) {
		Paid paid = paidByMomo(25_000);
		String key = "refund-all:order:" + paid.order() + ":RWF";

		scenario.stimulate(() -> refund(paid, 25_000, key))
			.andWaitForStateChange(() -> refunds.refunds(paid.order()), list -> all(list, 1, PaymentStatus.PENDING))
			.andVerify(list -> {
				assertThat(list.get(0).provider()).isEqualTo(Provider.MOMO);
				assertThat(refundPayable(paid).available()).isZero(); // held on its way
																		// to the buyer
			});
		momo.deliverCallbacks();

		assertThat(refunds.refunds(paid.order())).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(PaymentStatus.SUCCESSFUL));
		List<MomoSimulator.Transaction> transfers = transfersTo(paid.payer());
		assertThat(transfers).filteredOn(t -> "25000".equals(t.body.get("amount"))).isNotEmpty();
		assertSettledToTheProvider(paid, 25_000);
		assertThat(refundPayable(paid).net()).isZero();

		PaymentsTestSupport.awaitRefundListeners(jdbc);
		String footprint = LedgerInvariants.footprint(jdbc);
		int sent = momo.transactions().size();
		refunds.payBack(new BuyerRefundDue(paid.order(), Money.ofMinor(25_000, RWF), key, Instant.now()));
		PaymentsTestSupport.makeDue(jdbc);
		payouts.pollDue(100);
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
		assertThat(momo.transactions()).hasSize(sent);
	}

	List<MomoSimulator.Transaction> transfersTo(String payer) {
		return momo.transactions()
			.stream()
			.filter(t -> MomoApi.DISBURSEMENT.equals(t.product) && t.party.equals(payer))
			.toList();
	}

	@Test
	void twoPartialWalletRefundsEachGoBackUnderTheirOwnRequestNumberAndTheRestStaysHeld(Scenario scenario) {
		Paid paid = paidByWallet(50_000);

		scenario.stimulate(() -> {
			refund(paid, 12_000, "partial-1:" + paid.order());
			return refund(paid, 8_050, "partial-2:" + paid.order());
		})
			.andWaitForStateChange(() -> refunds.refunds(paid.order()), list -> all(list, 2, PaymentStatus.SUCCESSFUL))
			.andVerify(list -> {
				assertThat(list).extracting(BuyerRefundView::amount)
					.containsExactlyInAnyOrder(Money.ofMinor(12_000, CNY), Money.ofMinor(8_050, CNY));
			});

		assertThat(wallet.refunded(paid.reference().toString())).isEqualByComparingTo("200.50");
		assertThat(wallet.refundRequests(paid.reference().toString())).isEqualTo(2);
		assertThat(wallet.trade(paid.reference().toString()).status).isEqualTo("TRADE_SUCCESS");
		assertThat(escrow.held(paid.order(), CNY)).isEqualTo(Money.ofMinor(29_950, CNY));
		assertThat(refundPayable(paid).net()).isZero();
	}

	@Test
	void twoPartialMomoRefundsAreTwoTransfersAndTheRestStaysHeld(Scenario scenario) {
		Paid paid = paidByMomo(30_000);

		scenario.stimulate(() -> {
			refund(paid, 5_000, "partial-1:" + paid.order());
			return refund(paid, 7_000, "partial-2:" + paid.order());
		}).andWaitForStateChange(() -> refunds.refunds(paid.order()), list -> all(list, 2, PaymentStatus.PENDING));
		momo.deliverCallbacks();

		assertThat(refunds.refunds(paid.order())).extracting(BuyerRefundView::status)
			.containsOnly(PaymentStatus.SUCCESSFUL);
		assertThat(escrow.held(paid.order(), RWF)).isEqualTo(Money.ofMinor(18_000, RWF));
		assertThat(ledger.balance(Accounts.refundInTransit(paid.order(), RWF)).debitsPosted()).isEqualTo(12_000);
		assertThat(refundPayable(paid).net()).isZero();
	}

	@Test
	void aRefundAboveWhatEscrowHoldsIsRefusedAndNothingMovesNorGoesToTheProvider() {
		Paid paid = paidByWallet(10_000);
		refund(paid, 4_000, "first:" + paid.order());
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		String footprint = LedgerInvariants.footprint(jdbc);
		long rows = jdbc.sql("SELECT COUNT(*) FROM payments_refund").query(Long.class).single();

		assertThatThrownBy(() -> refund(paid, 6_001, "too-much:" + paid.order())).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("escrow holds");

		PaymentsTestSupport.awaitRefundListeners(jdbc);
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM payments_refund").query(Long.class).single()).isEqualTo(rows);
		assertThat(wallet.refunded(paid.reference().toString())).isEqualByComparingTo("40.00");
	}

	@Test
	void walletDownWhenTheRefundIsDueKeepsItHeldAndPollingRefundsItOnceWhenTheWalletIsBack() {
		Paid paid = paidByWallet(20_000);
		wallet.unavailable(true);

		refund(paid, 20_000, "outage:" + paid.order());
		PaymentsTestSupport.awaitRefundListeners(jdbc);

		BuyerRefundView waiting = refunds.refunds(paid.order()).get(0);
		assertThat(waiting.status()).isEqualTo(PaymentStatus.CREATED);
		assertThat(refundPayable(paid).debitsPending()).isEqualTo(20_000); // on its way:
																			// cannot be
																			// paid out
																			// twice
		assertThat(wallet.refundRequests(paid.reference().toString())).isZero();
		PaymentsTestSupport.makeDue(jdbc);
		assertThat(refunds.pollDue(100)).isZero(); // still down: stays, rescheduled
		assertThat(refunds.view(waiting.id()).status()).isEqualTo(PaymentStatus.CREATED);

		wallet.unavailable(false);
		PaymentsTestSupport.makeDue(jdbc);
		assertThat(refunds.pollDue(100)).isEqualTo(1);

		assertThat(refunds.view(waiting.id()).status()).isEqualTo(PaymentStatus.SUCCESSFUL);
		assertThat(wallet.refunded(paid.reference().toString())).isEqualByComparingTo("200.00");
		PaymentsTestSupport.makeDue(jdbc);
		refunds.pollDue(100);
		assertThat(wallet.refundRequests(paid.reference().toString())).isEqualTo(1);
		assertThat(refundPayable(paid).net()).isZero();
	}

	@Test
	void momoDownWhenTheRefundIsDueIsResentByTheRecoveryJobAndPaidOnce() {
		Paid paid = paidByMomo(9_000);
		momo.unavailable(true);

		refund(paid, 9_000, "outage:" + paid.order());
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		assertThat(refunds.refunds(paid.order())).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(PaymentStatus.CREATED));
		assertThat(transfersTo(paid.payer())).isEmpty();

		momo.unavailable(false);
		PaymentsTestSupport.makeDue(jdbc);
		payouts.pollDue(100); // the provider does not know the transfer: it is sent now,
								// same reference id
		momo.deliverCallbacks();

		assertThat(refunds.refunds(paid.order())).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(PaymentStatus.SUCCESSFUL));
		assertThat(transfersTo(paid.payer())).hasSize(1);
		assertThat(refundPayable(paid).net()).isZero();
	}

	@Test
	void restartAfterTheWalletRefundedButBeforeIsokoNotedItRefundsExactlyOnce() {
		Paid paid = paidByWallet(15_000);
		wallet.unavailable(true);
		BuyerRefundDue due = refund(paid, 15_000, "restart:" + paid.order());
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		BuyerRefundView stored = refunds.refunds(paid.order()).get(0);
		wallet.unavailable(false);
		// The request reached the wallet, then Isoko died before it recorded the answer.
		walletApi.refund(paid.reference(), Money.ofMinor(15_000, CNY), stored.id().toString(), "before the crash");
		assertThat(refunds.view(stored.id()).status()).isEqualTo(PaymentStatus.CREATED);

		refunds.payBack(due); // after the restart the registry delivers the event again

		assertThat(refunds.view(stored.id()).status()).isEqualTo(PaymentStatus.SUCCESSFUL);
		assertThat(wallet.refunded(paid.reference().toString())).isEqualByComparingTo("150.00");
		assertThat(wallet.refundRequests(paid.reference().toString())).isEqualTo(1);
		assertThat(PaymentsTestSupport.postings(jdbc, BuyerRefunds.correlation(stored.id()))).isEqualTo(2); // hold,
																											// settlement
		PaymentsTestSupport.makeDue(jdbc);
		assertThat(refunds.pollDue(100)).isZero();
		assertThat(refundPayable(paid).net()).isZero();
	}

	@Test
	void restartBeforeTheWalletWasAskedIsRecoveredByPollingWithTheSameRequestNumber() {
		Paid paid = paidByWallet(7_700);
		// Step 1 committed (refund stored, money held) and the process died before
		// calling the wallet.
		Money amount = Money.ofMinor(7_700, CNY);
		String key = "crash:" + paid.order();
		wallet.unavailable(true); // keeps the event's own delivery from getting through,
									// as the dead process would
		escrow.refund(key, paid.order(), amount, Instant.now());
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		wallet.unavailable(false);
		UUID id = BuyerRefunds.idOf(key);
		assertThat(refunds.view(id).status()).isEqualTo(PaymentStatus.CREATED);

		PaymentsTestSupport.makeDue(jdbc);
		refunds.pollDue(100); // the wallet has never heard of it: asked now,
								// out_request_no = the refund's id
		refunds.payBack(new BuyerRefundDue(paid.order(), amount, key, Instant.now())); // and
																						// the
																						// redelivered
																						// event
																						// on
																						// top

		assertThat(refunds.view(id).status()).isEqualTo(PaymentStatus.SUCCESSFUL);
		assertThat(wallet.refunded(paid.reference().toString())).isEqualByComparingTo("77.00");
		assertThat(wallet.refundRequests(paid.reference().toString())).isEqualTo(1);
	}

	@Test
	void restartMidMomoRefundResumesTheSameTransferWithoutPayingTwice() {
		Paid paid = paidByMomo(6_000);
		momo.unavailable(true);
		BuyerRefundDue due = refund(paid, 6_000, "restart:" + paid.order());
		PaymentsTestSupport.awaitRefundListeners(jdbc);
		momo.unavailable(false);
		UUID payout = jdbc.sql("SELECT payout_id FROM payments_refund WHERE id = :id")
			.param("id", BuyerRefunds.idOf(due.refundKey()))
			.query(UUID.class)
			.single();
		UUID reference = jdbc.sql("SELECT reference_id FROM payments_payout WHERE id = :id")
			.param("id", payout)
			.query(UUID.class)
			.single();
		// The transfer reached MoMo, then Isoko died before it noted that.
		momoApi.transfer(reference, Money.ofMinor(6_000, RWF), Msisdn.of(paid.payer()), "payout-" + payout,
				"http://localhost:1/nowhere");

		refunds.payBack(due);
		PaymentsTestSupport.makeDue(jdbc);
		payouts.pollDue(100);

		assertThat(refunds.refunds(paid.order())).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(PaymentStatus.SUCCESSFUL));
		assertThat(momo.transactions()).filteredOn(t -> t.referenceId.equals(reference)).hasSize(1);
		assertThat(refundPayable(paid).net()).isZero();
	}

	@Test
	void aWalletRefundTheProviderRefusesPutsTheMoneyBackInTheRefundPayableAndSaysWhy(Scenario scenario) {
		Paid paid = paidByWallet(10_000);
		// Someone refunded most of the trade on the provider's merchant portal, outside
		// Isoko.
		walletApi.refund(paid.reference(), Money.ofMinor(8_000, CNY), "portal-" + UUID.randomUUID(), "outside Isoko");

		scenario.stimulate(() -> refund(paid, 5_000, "refused:" + paid.order()))
			.andWaitForStateChange(() -> refunds.refunds(paid.order()), list -> all(list, 1, PaymentStatus.FAILED))
			.andVerify(list -> assertThat(list.get(0).failure()).isEqualTo("ACQ.REASON_TRADE_REFUND_FEE_ERR"));

		assertThat(refundPayable(paid).available()).isEqualTo(5_000); // still owed to the
																		// buyer, visible
																		// in the ledger
		assertThat(refundPayable(paid).debitsPending()).isZero();
		assertThat(reports.reconciliation(null, org.isoko.shared.PageOf.PageRequest.of(0, 100)).items())
			.filteredOn(line -> line.id().equals(list(paid).get(0).id()))
			.singleElement()
			.satisfies(line -> {
				assertThat(line.type()).isEqualTo("BUYER_REFUND");
				assertThat(line.ours()).isEqualTo(PaymentStatus.FAILED);
				assertThat(line.providerStatus()).isNull(); // the wallet keeps no trace
															// of a refund it refused
				assertThat(line.match()).isEqualTo(LedgerReports.Match.MATCHED);
			});
	}

	List<BuyerRefundView> list(Paid paid) {
		return refunds.refunds(paid.order());
	}

	@Test
	void aMomoRefundToANumberThatNoLongerExistsFailsAndTheMoneyIsOwedAgain(Scenario scenario) {
		Paid paid = paidByMomo(4_000);
		// The buyer's number was closed after paying; the simulator does not know numbers
		// ending in 1.
		jdbc.sql("UPDATE payments_payment SET payer = '250788000001' WHERE id = :id")
			.param("id", paid.payment())
			.update();

		scenario.stimulate(() -> refund(paid, 4_000, "gone:" + paid.order()))
			.andWaitForStateChange(() -> refunds.refunds(paid.order()), list -> all(list, 1, PaymentStatus.PENDING));
		momo.deliverCallbacks();

		assertThat(refunds.refunds(paid.order())).singleElement().satisfies(r -> {
			assertThat(r.status()).isEqualTo(PaymentStatus.FAILED);
			assertThat(r.failure()).isEqualTo("PAYEE_NOT_FOUND");
		});
		assertThat(refundPayable(paid).available()).isEqualTo(4_000);
	}

	@Test
	void escrowThatNoProviderPaymentFilledIsRefundedInTheLedgerAndTheRefundSaysItCannotGoBack(Scenario scenario) {
		OrderId order = OrderId.random();
		escrow.capture("capture:" + order, Provider.MOMO, order, Money.ofMinor(3_000, RWF), Instant.now());

		scenario.stimulate(() -> escrow.refund("refund:" + order, order, Money.ofMinor(3_000, RWF), Instant.now()))
			.andWaitForStateChange(() -> refunds.refunds(order), list -> all(list, 1, PaymentStatus.FAILED))
			.andVerify(list -> {
				assertThat(list.get(0).failure()).isEqualTo(BuyerRefunds.NO_PROVIDER_PAYMENT);
				assertThat(list.get(0).provider()).isNull();
			});
		assertThat(ledger.balance(Accounts.refundPayable(order, RWF)).available()).isEqualTo(3_000);
	}

	@Test
	void reconciliationMatchesWalletRefundsAndTheTradeTheyClosed(Scenario scenario) {
		Paid paid = paidByWallet(9_900);
		scenario.stimulate(() -> refund(paid, 9_900, "recon:" + paid.order()))
			.andWaitForStateChange(() -> refunds.refunds(paid.order()), list -> all(list, 1, PaymentStatus.SUCCESSFUL));

		List<LedgerReports.ReconciliationLine> lines = reports
			.reconciliation(null, org.isoko.shared.PageOf.PageRequest.of(0, 100))
			.items();

		assertThat(lines).filteredOn(line -> line.id().equals(list(paid).get(0).id()))
			.singleElement()
			.satisfies(line -> {
				assertThat(line.provider()).isEqualTo(Provider.WALLET);
				assertThat(line.referenceId()).isEqualTo(paid.reference());
				assertThat(line.ledgerPosted()).isTrue();
				assertThat(line.match()).isEqualTo(LedgerReports.Match.MATCHED);
			});
		assertThat(lines).filteredOn(line -> line.id().equals(paid.payment())).singleElement().satisfies(line -> {
			assertThat(line.providerStatus()).isEqualTo("FAILED"); // the wallet closed
																	// the trade it
																	// refunded in full
			assertThat(line.match()).isEqualTo(LedgerReports.Match.MATCHED);
		});
	}

}
