package org.isoko.payments;

import java.util.UUID;

import org.isoko.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pays a seller's share out to its mobile-money number as soon as an order releases it
 * ({@code isoko.payments.auto-payout}). The payout's row and ledger hold are recorded in
 * this listener's own transaction, keyed per order so that a redelivered event finds the
 * same payout; it is sent to the provider only after that commit, from another thread
 * (code running in a commit callback would still be bound to the finished transaction). A
 * crash before the send leaves it CREATED for the recovery job: it is paid once, never
 * twice, never lost.
 */
@Component
class AutomaticPayouts {

	private static final Logger LOG = LoggerFactory.getLogger(AutomaticPayouts.class);

	private final Payouts payouts;

	private final PaymentsSettings settings;

	private final TaskExecutor executor;

	private final Ledger ledger;

	AutomaticPayouts(Payouts payouts, PaymentsSettings settings,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Ledger ledger) {
		this.ledger = ledger;
		this.payouts = payouts;
		this.settings = settings;
		this.executor = executor;
	}

	@ApplicationModuleListener
	void on(SellerShareReleased released) {
		if (!settings.autoPayout()) {
			return;
		}
		long available = ledger.balance(Accounts.sellerPayable(released.seller(), released.amount().currency()))
			.available();
		if (available < released.amount().minorUnits()) {
			// The seller took the money out by hand in between: nothing left to pay
			// automatically. (Checked first: a refusal
			// inside this transaction would roll it back; the ledger's limit still guards
			// a race.)
			LOG.info("No automatic payout for order {}: the available balance is below {}", released.order(),
					released.amount());
			return;
		}
		UUID payout;
		try {
			payout = payouts.recordPayout(released.seller(), released.amount(), released.order(),
					"auto-payout:order:" + released.order());
		}
		catch (InvalidInput e) {
			LOG.warn("No automatic payout for order {} (the seller requests it by hand): {}", released.order(),
					e.getMessage());
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				executor.execute(() -> payouts.send(payout));
			}
		});
		LOG.info("Automatic payout {} of {} to seller {} for order {}", payout, released.amount(), released.seller(),
				released.order());
	}

}
