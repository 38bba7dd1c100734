package org.isoko.payments.demo;

import java.time.Clock;

import org.isoko.ordering.OrderId;
import org.isoko.payments.Escrow;
import org.isoko.payments.Provider;
import org.isoko.shared.Money;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo money in the ledger, so that the operator's trial balance is not empty on a fresh
 * start: two buyer payments held in escrow (one by mobile money in RWF, one by wallet in
 * CNY). Idempotent: the postings carry fixed keys, so a second start records nothing new.
 * Order flows add more once orders are paid.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class PaymentsDemoData implements ApplicationRunner {

	/*
	 * Escrow is keyed by order id. These two payments were made outside ordering, so
	 * their ids are fixed ones no order has; the keys name them "-order" because the
	 * first demo data keyed escrow by the texts "demo-momo" and "demo-wallet" (a database
	 * from then keeps those postings, and the same key with other accounts would
	 * conflict).
	 */
	static final OrderId MOMO_PAYMENT = OrderId.of("00000000-0000-4000-8000-00000000d001");

	static final OrderId WALLET_PAYMENT = OrderId.of("00000000-0000-4000-8000-00000000d002");

	private final Escrow escrow;

	private final Clock clock;

	PaymentsDemoData(Escrow escrow, Clock clock) {
		this.escrow = escrow;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		escrow.capture("demo:capture:momo-order", Provider.MOMO, MOMO_PAYMENT, Money.ofMinor(48_000, "RWF"),
				clock.instant());
		escrow.capture("demo:capture:wallet-order", Provider.WALLET, WALLET_PAYMENT, Money.ofMinor(36_850, "CNY"),
				clock.instant());
	}

}
