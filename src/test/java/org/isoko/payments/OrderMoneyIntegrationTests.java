package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What payments does with the ordering module's events: release on completion, refund on cancellation, exactly once.
 * The listener methods are asynchronous ({@code @ApplicationModuleListener}); these tests call what they call.
 */
@SpringBootTest(properties = "isoko.payments.jobs.enabled=false")
class OrderMoneyIntegrationTests {

	static final CurrencyCode CNY = CurrencyCode.of("CNY");
	static final CurrencyCode RWF = CurrencyCode.of("RWF");

	@Autowired
	OrderMoney orderMoney;

	@Autowired
	Escrow escrow;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Test
	void completedOrderReleasesEscrowToTheSellerInTheSellersCurrencyWithCommissionAndSpreadOnce() {
		OrganisationId seller = PaymentsTestSupport.organisationOf(jdbc, "seller.coop@isoko.demo");
		OrderId order = new OrderId(UUID.randomUUID());
		Money paid = Money.ofMinor(100_000, "CNY"); // 1,000.00 CNY
		escrow.capture("capture:" + order.value(), Provider.WALLET, order.value().toString(), paid, Instant.now());
		long sellerBefore = ledger.balance(Accounts.sellerPayable(seller, RWF)).available();
		long feesBefore = ledger.balance(Accounts.fees(CNY)).net();
		long spreadBefore = ledger.balance(Accounts.spread(CNY)).net();

		orderMoney.release(order, seller, Instant.now());
		String footprint = LedgerInvariants.footprint(jdbc);
		orderMoney.release(order, seller, Instant.now()); // redelivered event

		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
		assertThat(escrow.held(order.value().toString(), CNY).isZero()).isTrue();
		// 5 % commission on 1,000.00 = 50.00; 1 % spread on the remaining 950.00 = 9.50; 940.50 CNY converted to RWF.
		assertThat(ledger.balance(Accounts.fees(CNY)).net() - feesBefore).isEqualTo(5_000);
		assertThat(ledger.balance(Accounts.spread(CNY)).net() - spreadBefore).isEqualTo(950);
		assertThat(ledger.balance(Accounts.sellerPayable(seller, RWF)).available()).isGreaterThan(sellerBefore);
		assertThat(jdbc.sql("SELECT fx_rate FROM payments_posting WHERE idempotency_key = :k").param("k", "release:order:" + order.value() + ":CNY")
				.query(java.math.BigDecimal.class).single()).isPositive();
		LedgerInvariants.check(jdbc, "after a release");
	}

	@Test
	void cancelledPaidOrderGivesTheHeldMoneyBackAndAnUnpaidOrderMovesNothing() {
		OrderId paidOrder = new OrderId(UUID.randomUUID());
		Money paid = Money.ofMinor(30_000, "RWF");
		escrow.capture("capture:" + paidOrder.value(), Provider.MOMO, paidOrder.value().toString(), paid, Instant.now());

		orderMoney.refundAll(paidOrder, Instant.now());

		assertThat(escrow.held(paidOrder.value().toString(), RWF).isZero()).isTrue();
		assertThat(ledger.balance(Accounts.refundPayable(paidOrder.value().toString(), RWF)).available()).isEqualTo(30_000);

		String footprint = LedgerInvariants.footprint(jdbc);
		OrderId unpaid = new OrderId(UUID.randomUUID());
		orderMoney.refundAll(unpaid, Instant.now());
		orderMoney.release(unpaid, PaymentsTestSupport.organisationOf(jdbc, "seller.coop@isoko.demo"), Instant.now());
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
	}
}
