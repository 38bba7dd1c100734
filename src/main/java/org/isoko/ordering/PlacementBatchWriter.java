package org.isoko.ordering;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.isoko.catalog.LotId;
import org.isoko.catalog.OutOfStock;
import org.isoko.catalog.Stock;
import org.isoko.ordering.OrderPlacement.PreparedOrder;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.ordering.placement.IdempotencyRecords.NewClaim;
import org.isoko.trade.CrossBorderQuota;
import org.isoko.trade.QuotaUse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a batch of prepared API orders in one transaction (see
 * {@link PlacementBatches}), with the statements of one order for the whole batch where
 * it can:
 * <ol>
 * <li>the Idempotency-Keys claimed with one JDBC batch ({@code ON CONFLICT DO NOTHING}: a
 * key claimed before is answered as a replay once the batch commits);</li>
 * <li>the orders, their lines and history inserted with three JDBC batches;</li>
 * <li>the stock of every lot of the batch locked in id order and taken with one
 * conditional update ({@link Stock#reserveEach});</li>
 * <li>China's cross-border retail limit counted with conditional updates in buyer order
 * ({@link CrossBorderQuota#consumeAll}) — the order of locks of a single placement: lots,
 * then the buyer's limit;</li>
 * <li>the orderers' identities kept and the events published, for the orders placed.</li>
 * </ol>
 * An order that does not get all its units or would pass its buyer's limit takes nothing:
 * its units go back, its key is given back and its order deleted, in this transaction,
 * and it is placed again alone by the ordinary path, which answers with the exact reason.
 * The conditional updates are the concurrency control, as in a single placement: several
 * writers and instances stay correct.
 */
@Component
class PlacementBatchWriter {

	/** What became of one order of a batch. */
	enum Outcome {

		/** Written: committed with the batch. */
		PLACED,

		/** Its Idempotency-Key was claimed before: answer the earlier order. */
		KEY_TAKEN,

		/** Not written (short of units, over the limit): place it alone. */
		ALONE

	}

	private final IdempotencyRecords idempotency;

	private final OrderStore orders;

	private final Stock stock;

	private final CrossBorderQuota quota;

	private final OrderPlacement placement;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PlacementBatchWriter(IdempotencyRecords idempotency, OrderStore orders, Stock stock, CrossBorderQuota quota,
			OrderPlacement placement, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.idempotency = idempotency;
		this.orders = orders;
		this.stock = stock;
		this.quota = quota;
		this.placement = placement;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** An order of a batch with the key and request hash it was sent with. */
	record Keyed(PreparedOrder prepared, String key, String requestHash) {

		NewClaim claim() {
			return new NewClaim(prepared.buyer().id(), OrderPlacement.OPERATION, key, requestHash,
					prepared.order().id());
		}

	}

	/**
	 * Writes the batch in one transaction.
	 * @return one outcome per order, in the order given
	 * @throws RuntimeException when the transaction failed as a whole (nothing written)
	 */
	List<Outcome> write(List<Keyed> batch) {
		return transactions.execute(status -> inTransaction(batch));
	}

	private List<Outcome> inTransaction(List<Keyed> batch) {
		Instant now = clock.instant();
		Outcome[] outcomes = new Outcome[batch.size()];
		boolean[] claimed = idempotency.claimAll(batch.stream().map(Keyed::claim).toList(), now);
		List<Integer> open = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			if (claimed[i]) {
				open.add(i);
			}
			else {
				outcomes[i] = Outcome.KEY_TAKEN;
			}
		}
		if (open.isEmpty()) {
			return List.of(outcomes);
		}
		// The orders first, the stock rows after: the inserts are most of the work, and a
		// lot's row stays locked from its update to the commit.
		orders.insertAll(open.stream().map(i -> batch.get(i).prepared().order()).toList());
		List<Optional<OutOfStock>> reserved = stock
			.reserveEach(open.stream().map(i -> batch.get(i).prepared().quantities()).toList());
		List<Integer> served = new ArrayList<>();
		List<Integer> alone = new ArrayList<>();
		for (int k = 0; k < open.size(); k++) {
			(reserved.get(k).isEmpty() ? served : alone).add(open.get(k));
		}
		List<Integer> counted = served.stream().filter(i -> batch.get(i).prepared().quota() != null).toList();
		if (!counted.isEmpty()) {
			List<Optional<QuotaUse>> uses = quota.consumeAll(counted.stream().map(i -> {
				PreparedOrder p = batch.get(i).prepared();
				return new CrossBorderQuota.Claim(p.buyer().id(), p.order().id().value(), p.quota());
			}).toList());
			for (int k = 0; k < counted.size(); k++) {
				if (uses.get(k).isEmpty()) {
					int i = counted.get(k);
					served.remove(Integer.valueOf(i));
					alone.add(i);
					giveBack(batch.get(i).prepared().quantities());
				}
			}
		}
		if (!alone.isEmpty()) {
			idempotency.release(alone.stream().map(i -> batch.get(i).claim()).toList());
			orders.deleteUnplaced(alone.stream().map(i -> batch.get(i).prepared().order().id()).toList());
			alone.forEach(i -> outcomes[i] = Outcome.ALONE);
		}
		for (int i : served) {
			PreparedOrder p = batch.get(i).prepared();
			placement.keepOrderer(p);
			p.order().events().forEach(events::publishEvent);
			outcomes[i] = Outcome.PLACED;
		}
		return List.of(outcomes);
	}

	/** Units of an order refused after its lots were taken, back in this transaction. */
	private void giveBack(Map<LotId, Integer> quantities) {
		quantities.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
			.forEach(line -> stock.release(line.getKey(), line.getValue()));
	}

}
