package org.isoko.payments.demo;

import java.time.Clock;

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

	private final Escrow escrow;

	private final Clock clock;

	PaymentsDemoData(Escrow escrow, Clock clock) {
		this.escrow = escrow;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		escrow.capture("demo:capture:momo", Provider.MOMO, "demo-momo", Money.ofMinor(48_000, "RWF"), clock.instant());
		escrow.capture("demo:capture:wallet", Provider.WALLET, "demo-wallet", Money.ofMinor(36_850, "CNY"),
				clock.instant());
	}

}
