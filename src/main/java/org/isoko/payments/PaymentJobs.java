package org.isoko.payments;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The background jobs that make payments crash-safe: ask providers about requests whose
 * callback has not come (or that were stored but never sent, after a crash), and expire
 * escrow holds whose time ran out. Each run is safe to repeat and to run on several
 * instances at once: every change is a conditional update or an idempotent posting.
 */
@Component
@ConditionalOnProperty(name = "isoko.payments.jobs.enabled", havingValue = "true", matchIfMissing = true)
class PaymentJobs {

	private static final Logger LOG = LoggerFactory.getLogger(PaymentJobs.class);

	private final Payments payments;

	private final Payouts payouts;

	private final BuyerRefunds refunds;

	private final Escrow escrow;

	PaymentJobs(Payments payments, Payouts payouts, BuyerRefunds refunds, Escrow escrow) {
		this.payments = payments;
		this.payouts = payouts;
		this.refunds = refunds;
		this.escrow = escrow;
	}

	@Scheduled(fixedDelayString = "${isoko.payments.poll.job-interval:PT5S}", initialDelayString = "PT10S")
	void poll() {
		int changed = payments.pollDue(100) + payouts.pollDue(100) + refunds.pollDue(100);
		if (changed > 0) {
			LOG.info("Polling completed {} payment(s), payout(s) or refund(s) whose callback had not come", changed);
		}
	}

	@Scheduled(fixedDelayString = "${isoko.payments.expiry.job-interval:PT1M}", initialDelayString = "PT30S")
	void expireHolds() {
		int expired = escrow.expireHolds(100);
		if (expired > 0) {
			LOG.info("Expired {} escrow hold(s); their money stays in escrow for an operator", expired);
		}
	}

}
