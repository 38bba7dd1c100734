package org.isoko.ordering;

import java.util.Locale;
import java.util.Optional;

import org.isoko.identity.CurrentUser;
import org.isoko.ordering.OrderManagement.PaymentOutcome;
import org.isoko.ordering.OrderPlacement.PreparedOrder;
import org.isoko.ordering.PlacementBatchWriter.Outcome;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.ordering.placement.IdempotencyRecords.Claim;
import org.isoko.shared.Conflict;
import org.isoko.shared.Msisdn;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The Idempotency-Key protocol around placing and paying orders. Outside any transaction
 * on purpose: the work runs in its own transaction (which claims the key first); when the
 * claim loses against an earlier or concurrent request with the same key, that
 * transaction is gone and we answer with the winner's order.
 */
@Service
public class IdempotentOrdering {

	private final OrderPlacement placement;

	private final OrderManagement management;

	private final IdempotencyRecords records;

	private final OrderStore store;

	private final PaymentAttempts attempts;

	private final PlacementGate gate;

	private final PlacementBatches batches;

	IdempotentOrdering(OrderPlacement placement, OrderManagement management, IdempotencyRecords records,
			OrderStore store, PaymentAttempts attempts, PlacementGate gate, PlacementBatches batches) {
		this.batches = batches;
		this.attempts = attempts;
		this.gate = gate;
		this.placement = placement;
		this.management = management;
		this.records = records;
		this.store = store;
	}

	/**
	 * @param created false when the key was seen before and this is the earlier order
	 */
	public record Placed(Order order, boolean created) {
	}

	public Placed place(CurrentUser buyer, @Nullable String key, PlaceOrder command, Locale language) {
		String checkedKey = IdempotencyRecords.requireKey(key);
		String hash = IdempotencyRecords.hash(command.canonical());
		// No look-up first: the claim is the first statement of the placement, and a key
		// seen before fails it at once (a new order, the usual case, saves a statement).
		try {
			if (batches.enabled()) {
				try {
					return placeInBatch(buyer, checkedKey, hash, command, language);
				}
				catch (PlacementBatches.PlaceAlone e) {
					// Not written by its batch (short of units, over a limit, the batch
					// failed): alone, with the exact answer.
				}
			}
			return new Placed(gate.place(() -> placement.placeWithKey(buyer, checkedKey, command, language)), true);
		}
		catch (DuplicateKeyException e) {
			Claim winner = records.find(buyer.id(), OrderPlacement.OPERATION, checkedKey)
				.orElseThrow(() -> inProgress(checkedKey));
			return new Placed(replay(winner, hash, checkedKey), false);
		}
	}

	/**
	 * Checks and prices the order behind the gate, then waits for a batch to write it
	 * (see {@link PlacementBatches}).
	 * @throws DuplicateKeyException when the key was claimed before
	 */
	private Placed placeInBatch(CurrentUser buyer, String key, String hash, PlaceOrder command, Locale language) {
		PreparedOrder prepared = gate.place(() -> placement.prepareForBatch(buyer, command, language));
		Outcome outcome = batches.write(new PlacementBatchWriter.Keyed(prepared, key, hash));
		if (outcome == Outcome.KEY_TAKEN) {
			throw new DuplicateKeyException("Idempotency-Key '" + key + "' was claimed before");
		}
		return new Placed(prepared.order(), true);
	}

	/** Pays with the provider the buyer chose (one of those offered). */
	public PaymentOutcome pay(CurrentUser buyer, OrderId order, @Nullable String key, @Nullable String provider,
			@Nullable Msisdn phone) {
		String checkedKey = IdempotencyRecords.requireKey(key);
		return pay(buyer, order, checkedKey, management.step(provider), phone);
	}

	/**
	 * Records the payment in the order's transaction, then sends it to the provider once
	 * that committed. A replay of the key answers the first payment (sending it again
	 * only if it never left, e.g. after a crash).
	 */
	public PaymentOutcome pay(CurrentUser buyer, OrderId order, String key, PaymentStep step, @Nullable Msisdn phone) {
		String operation = OrderManagement.payOperation(order);
		Optional<Claim> earlier = records.find(buyer.id(), operation, key);
		if (earlier.isPresent()) {
			return paidBefore(buyer, order, earlier.get(), step, key, phone);
		}
		PaymentOutcome started;
		try {
			started = management.pay(buyer, order, step, key, phone);
		}
		catch (DuplicateKeyException e) {
			Claim winner = records.find(buyer.id(), operation, key).orElseThrow(() -> inProgress(key));
			return paidBefore(buyer, order, winner, step, key, phone);
		}
		return new PaymentOutcome(started.order(), step.send(started.attempt()));
	}

	private PaymentOutcome paidBefore(CurrentUser buyer, OrderId order, Claim claim, PaymentStep step, String key,
			@Nullable Msisdn phone) {
		if (!claim.requestHash().equals(OrderManagement.payHash(step, phone))) {
			throw reused(key);
		}
		Order current = management.view(buyer, order).order();
		PaymentStep.Attempt attempt = attempts.byKey(order, key)
			.map(a -> a.status() == PaymentStep.AttemptStatus.CREATED ? step.send(a) : a)
			.orElseGet(() -> settledAtOnce(current, step)); // steps that settle at once
															// keep no payment of their
															// own
		return new PaymentOutcome(current, attempt, true);
	}

	private static PaymentStep.Attempt settledAtOnce(Order order, PaymentStep step) {
		return new PaymentStep.Attempt(order.id().value(), step.provider(), order.total(),
				order.isPaid() ? PaymentStep.AttemptStatus.SUCCESSFUL : PaymentStep.AttemptStatus.FAILED, null,
				order.isPaid(), PaymentStep.NextAction.NONE,
				order.paidAt() == null ? order.updatedAt() : order.paidAt());
	}

	private Order replay(Claim claim, String hash, String key) {
		if (!claim.requestHash().equals(hash)) {
			throw reused(key);
		}
		return store.find(claim.order()).orElseThrow(() -> NotFound.of("Order", claim.order()));
	}

	private static Conflict reused(String key) {
		return new Conflict("Idempotency-Key '" + key
				+ "' was already used for a different request; use a new key for a new request");
	}

	private static Conflict inProgress(String key) {
		return new Conflict(
				"A request with Idempotency-Key '" + key + "' is still being processed; retry it in a moment");
	}

}
