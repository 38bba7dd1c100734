package org.isoko.payments;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserDirectory;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For tests of what leaves an order's escrow before completion (freight at departure,
 * duty and taxes at clearance): money captured into escrow straight through the ledger,
 * events published in a transaction as the module that owns them publishes them, and the
 * release at completion. The polling jobs are off so that nothing else moves money.
 */
@SpringBootTest(properties = "isoko.payments.jobs.enabled=false")
abstract class EscrowPostingTestSupport {

	static final CurrencyCode CNY = CurrencyCode.of("CNY");

	/** How long an event may take to reach payments through the publication registry. */
	static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	OrderMoney orderMoney;

	@Autowired
	Escrow escrow;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDirectory users;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	OrganisationId demoSeller() {
		return PaymentsTestSupport.organisationOf(users, "seller.coop@isoko.demo");
	}

	/** A new order whose buyer paid {@code amount} by wallet, now held in escrow. */
	OrderId paidOrder(Money amount) {
		OrderId order = new OrderId(UUID.randomUUID());
		escrow.capture("capture:" + order.value(), Provider.WALLET, order, amount, Instant.now());
		return order;
	}

	/** A paid order of which {@code refunded} went back to the buyer. */
	OrderId partlyRefundedOrder(Money paid, Money refunded) {
		OrderId order = paidOrder(paid);
		escrow.refund("refund:" + order.value(), order, refunded, Instant.now());
		return order;
	}

	Money held(OrderId order) {
		return escrow.held(order, CNY);
	}

	/** Publishes {@code event} in a transaction that commits, as its module does. */
	void publishCommitted(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	static Money cny(long minor) {
		return Money.ofMinor(minor, "CNY");
	}

}
