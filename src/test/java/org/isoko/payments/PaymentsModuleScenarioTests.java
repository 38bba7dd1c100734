package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserDirectory;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The event flow "order completed → escrow released" in a context of the payments module
 * and the modules it depends on (Spring Modulith's {@code @ApplicationModuleTest}),
 * driven and awaited with {@link Scenario}: the event crosses the module boundary as in
 * production (after the publishing transaction commits, from the event publication
 * registry). "Payment settled → order paid" needs a real order, which only the whole
 * application can place: {@code OrderPaymentFlowIntegrationTests} drives it with a
 * {@link Scenario} too.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "isoko.payments.jobs.enabled=false")
class PaymentsModuleScenarioTests {

	static final CurrencyCode CNY = CurrencyCode.of("CNY");

	@Autowired
	Escrow escrow;

	@Autowired
	Ledger ledger;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void orderCompletedReleasesEscrow(Scenario scenario) {
		OrganisationId seller = PaymentsTestSupport.organisationOf(users, "seller.coop@isoko.demo");
		OrderId order = new OrderId(UUID.randomUUID());
		Money paid = Money.ofMinor(100_000, "CNY");
		escrow.capture("capture:" + order.value(), Provider.WALLET, order, paid, Instant.now());
		long feesBefore = ledger.balance(Accounts.fees(CNY)).net();

		scenario
			.publish(OrderMoneyIntegrationTests.completed(order, seller, OrderMoneyIntegrationTests.goodsOnly(paid)))
			.andWaitForStateChange(() -> escrow.held(order, CNY), Money::isZero)
			.andVerify(held -> {
				// 5 % commission on CNY 1,000.00
				assertThat(ledger.balance(Accounts.fees(CNY)).net() - feesBefore).isEqualTo(5_000);
				LedgerInvariants.check(jdbc, "after the release");
			});
	}

}
