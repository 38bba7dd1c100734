package org.isoko.drops;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.isoko.catalog.LotId;
import org.isoko.catalog.Stock;
import org.isoko.identity.UserId;
import org.isoko.shared.Conflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes drops whose end has passed and gives their unsold units back to the lot, each
 * drop in its own transaction (the drop's conditional close and the lot's release commit
 * together); also a drop a hub operator closes early. Safe on several instances: the
 * close is a conditional update, so only one instance returns the units.
 */
@Component
class DropClosing {

	private static final Logger LOG = LoggerFactory.getLogger(DropClosing.class);

	private final DropStore drops;

	private final Stock stock;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DropClosing(DropStore drops, Stock stock, PlatformTransactionManager transactions, Clock clock) {
		this.drops = drops;
		this.stock = stock;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${isoko.drops.closing-interval:30s}",
			initialDelayString = "${isoko.drops.closing-interval:30s}")
	void run() {
		int closed = closeDue();
		if (closed > 0) {
			LOG.info("Closed {} ended drop(s) and returned their unsold units to their lots", closed);
		}
	}

	/**
	 * Closes an open drop now (a hub operator's decision, already authorised) and gives
	 * its unsold units back to the lot, in one transaction. Orders keep coming while it
	 * runs, so the close is tried again when they change the units left.
	 * @return false when the drop was closed already
	 */
	boolean closeEarly(DropId id, LotId lot, UserId by, String reason) {
		for (int attempt = 0; attempt < 50; attempt++) {
			Boolean done = transactions.execute(status -> {
				Optional<Integer> left = drops.closeEarly(id, clock.instant(), by, reason);
				if (left.isEmpty()) {
					return drops.find(id).map(Drop::closed).orElse(true) ? Boolean.FALSE : null; // null:
																									// units
																									// changed,
																									// try
																									// again
				}
				if (left.get() > 0) {
					stock.release(lot, left.get());
				}
				return Boolean.TRUE;
			});
			if (done != null) {
				if (done) {
					LOG.info("Drop {} closed early by {}: {}", id, by, reason);
				}
				return done;
			}
		}
		throw new Conflict(
				"The drop is too busy to close right now: orders keep changing its units. Try again in a moment.");
	}

	/**
	 * @return how many drops this call closed
	 */
	int closeDue() {
		int closed = 0;
		List<DropId> due = drops.dueForClosing(clock.instant(), 100);
		for (DropId id : due) {
			Boolean done = transactions.execute(status -> {
				Optional<Integer> left = drops.close(id, clock.instant());
				if (left.isEmpty()) {
					return false;
				}
				if (left.get() > 0) {
					Drop drop = drops.find(id).orElseThrow();
					stock.release(drop.lot(), left.get());
				}
				return true;
			});
			closed += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return closed;
	}

}
