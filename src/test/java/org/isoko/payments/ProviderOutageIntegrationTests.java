package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserDirectory;
import org.isoko.ordering.OrderId;
import org.isoko.payments.simulator.MomoSimulator;
import org.isoko.payments.simulator.WalletSimulator;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.shared.PageOf.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The issue 13 fault "provider outage": the mobile-money and wallet simulators answer
 * 500, then 503, during a stream of payments and payouts (requests sent, callbacks and
 * notifications delivered and polls made while they are down); once they are back,
 * polling and the recovery of unsent requests finish everything. Afterwards every payment
 * settled once (one capture, one provider request), no order was paid twice, no payout
 * was sent twice, the trial balance is zero and the reconciliation matches. (Timeouts are
 * not simulated: the provider clients' read timeout is 20 s.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "isoko.payments.jobs.enabled=false", "isoko.payments.simulator.delay=PT0S",
				"isoko.payments.simulator.callback-interval=PT1H" })
class ProviderOutageIntegrationTests {

	@Autowired
	Payments payments;

	@Autowired
	Payouts payouts;

	@Autowired
	Escrow escrow;

	@Autowired
	MomoSimulator momo;

	@Autowired
	WalletSimulator wallet;

	@Autowired
	LedgerReports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDirectory users;

	private final List<UUID> paid = new ArrayList<>();

	private final List<UUID> paidOut = new ArrayList<>();

	private final Map<UUID, OrderId> orders = new java.util.HashMap<>();

	@AfterEach
	void providersBackUp() {
		momo.failing(null);
		wallet.failing(null);
	}

	@Test
	void paymentsAndPayoutsThroughAnOutageSettleOnceAndReconcile() {
		OrganisationId seller = PaymentsTestSupport.organisationOf(users, "seller.coop@isoko.demo");
		OrderId funded = OrderId.random();
		escrow.capture("capture:" + funded, Provider.MOMO, funded, Money.ofMinor(1_000_000, "RWF"), Instant.now());
		escrow.release("release:" + funded,
				new Escrow.Release(funded, Money.ofMinor(1_000_000, "RWF"), Money.ofMinor(0, "RWF"), "RwandAir Cargo",
						Money.ofMinor(0, "RWF"), CountryCode.of("RW"), Money.ofMinor(0, "RWF"), seller,
						CurrencyCode.of("RWF")),
				Instant.now());

		stream(seller, 0); // providers up
		momo.failing(HttpStatus.INTERNAL_SERVER_ERROR);
		wallet.failing(500);
		payWallets(); // buyers pay in the wallet; its notifications cannot be checked now
		momo.deliverCallbacks(); // callbacks whose check with the provider fails
		stream(seller, 1);
		pollEverything();
		momo.failing(HttpStatus.SERVICE_UNAVAILABLE);
		wallet.failing(503);
		stream(seller, 2);
		pollEverything();
		momo.failing(null);
		wallet.failing(null);

		for (int round = 0; round < 6 && !allFinal(); round++) {
			pollEverything(); // resends what never left, asks about the rest
			payWallets();
			momo.deliverCallbacks();
		}

		for (UUID id : paid) {
			PaymentView payment = payments.view(id);
			assertThat(payment.status()).as("payment " + id).isEqualTo(PaymentStatus.SUCCESSFUL);
			OrderId order = orders.get(id);
			assertThat(escrow.held(order, payment.amount().currency())).as("paid once: " + order)
				.isEqualTo(payment.amount());
			assertThat(PaymentsTestSupport.postings(jdbc, Escrow.correlation(order))).isOne();
		}
		Map<UUID, Long> momoRequests = momo.transactions()
			.stream()
			.collect(Collectors.groupingBy(t -> t.referenceId, Collectors.counting()));
		for (UUID id : paidOut) {
			assertThat(payouts.view(id).status()).as("payout " + id).isEqualTo(PaymentStatus.SUCCESSFUL);
			UUID reference = jdbc.sql("SELECT reference_id FROM payments_payout WHERE id = :id")
				.param("id", id)
				.query(UUID.class)
				.single();
			assertThat(momoRequests.get(reference)).as("payout " + id + " sent once").isEqualTo(1L);
		}
		LedgerInvariants.check(jdbc, "after a provider outage");
		List<LedgerReports.ReconciliationLine> lines = new ArrayList<>();
		for (int page = 0; page < 20; page++) {
			var result = reports.reconciliation(null, PageRequest.of(page, 100));
			lines.addAll(result.items());
			if (page + 1 >= result.totalPages()) {
				break;
			}
		}
		List<UUID> ours = new ArrayList<>(paid);
		ours.addAll(paidOut);
		assertThat(lines.stream().filter(line -> ours.contains(line.id()))).hasSize(ours.size())
			.allSatisfy(line -> assertThat(line.match()).as(line.toString()).isEqualTo(LedgerReports.Match.MATCHED));
	}

	/** Three mobile-money and two wallet payments and two payouts. */
	private void stream(OrganisationId seller, int wave) {
		for (int i = 0; i < 3; i++) {
			pay(Money.ofMinor(5_000 + 100 * wave + i, "RWF"), Provider.MOMO, Msisdn.of("+25078800" + wave + i + "05"));
		}
		for (int i = 0; i < 2; i++) {
			pay(Money.ofMinor(12_000 + 100 * wave + i, "CNY"), Provider.WALLET, null);
		}
		for (int i = 0; i < 2; i++) {
			UUID payout = payouts.recordPayout(seller, Money.ofMinor(1_000 + wave * 10 + i, "RWF"), null,
					"outage-" + UUID.randomUUID());
			payouts.send(payout);
			paidOut.add(payout);
		}
	}

	private void pay(Money amount, Provider provider, Msisdn payer) {
		OrderId order = OrderId.random();
		UUID id = payments.create(
				new Payments.Collect(order, amount, provider, payer, null, null, null, PaidOrders.KGL, PaidOrders.HGH));
		payments.send(id);
		paid.add(id);
		orders.put(id, order);
	}

	/** The buyers pay every wallet trade the wallet has received (and not yet paid). */
	private void payWallets() {
		for (UUID id : paid) {
			PaymentView payment = payments.view(id);
			if (payment.provider() == Provider.WALLET && payment.status() == PaymentStatus.PENDING) {
				wallet.pay(PaymentsTestSupport.referenceOf(jdbc, id).toString());
			}
		}
	}

	private void pollEverything() {
		PaymentsTestSupport.makeDue(jdbc);
		payments.pollDue(100);
		payouts.pollDue(100);
	}

	private boolean allFinal() {
		return paid.stream().allMatch(id -> payments.view(id).status().isFinal())
				&& paidOut.stream().allMatch(id -> payouts.view(id).status().isFinal());
	}

}
