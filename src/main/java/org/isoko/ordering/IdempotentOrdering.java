package org.isoko.ordering;

import java.util.Locale;
import java.util.Optional;

import org.isoko.identity.CurrentUser;
import org.isoko.ordering.IdempotencyRecords.Claim;
import org.isoko.ordering.OrderManagement.PaymentOutcome;
import org.isoko.shared.Conflict;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The Idempotency-Key protocol around placing and paying orders. Outside any transaction on purpose: the work runs in
 * its own transaction (which claims the key first); when the claim loses against an earlier or concurrent request with
 * the same key, that transaction is gone and we answer with the winner's order.
 */
@Service
class IdempotentOrdering {

	private final OrderPlacement placement;
	private final OrderManagement management;
	private final IdempotencyRecords records;
	private final OrderStore store;

	IdempotentOrdering(OrderPlacement placement, OrderManagement management, IdempotencyRecords records, OrderStore store) {
		this.placement = placement;
		this.management = management;
		this.records = records;
		this.store = store;
	}

	/** @param created false when the key was seen before and this is the earlier order */
	record Placed(Order order, boolean created) {
	}

	Placed place(CurrentUser buyer, @Nullable String key, PlaceOrder command, Locale language) {
		String checkedKey = IdempotencyRecords.requireKey(key);
		String hash = IdempotencyRecords.hash(command.canonical());
		Optional<Claim> earlier = records.find(buyer.id(), OrderPlacement.OPERATION, checkedKey);
		if (earlier.isPresent()) {
			return new Placed(replay(earlier.get(), hash, checkedKey), false);
		}
		try {
			return new Placed(placement.placeWithKey(buyer, checkedKey, command, language), true);
		}
		catch (DuplicateKeyException e) {
			Claim winner = records.find(buyer.id(), OrderPlacement.OPERATION, checkedKey).orElseThrow(() -> inProgress(checkedKey));
			return new Placed(replay(winner, hash, checkedKey), false);
		}
	}

	PaymentOutcome pay(CurrentUser buyer, OrderId order, @Nullable String key, @Nullable String provider) {
		String checkedKey = IdempotencyRecords.requireKey(key);
		PaymentStep step = management.step(provider);
		String operation = OrderManagement.payOperation(order);
		Optional<Claim> earlier = records.find(buyer.id(), operation, checkedKey);
		if (earlier.isPresent()) {
			return paidBefore(buyer, order, earlier.get(), step, checkedKey);
		}
		try {
			return management.pay(buyer, order, step.provider(), checkedKey);
		}
		catch (DuplicateKeyException e) {
			Claim winner = records.find(buyer.id(), operation, checkedKey).orElseThrow(() -> inProgress(checkedKey));
			return paidBefore(buyer, order, winner, step, checkedKey);
		}
	}

	private PaymentOutcome paidBefore(CurrentUser buyer, OrderId order, Claim claim, PaymentStep step, String key) {
		if (!claim.requestHash().equals(IdempotencyRecords.hash(step.provider()))) {
			throw reused(key);
		}
		return new PaymentOutcome(management.view(buyer, order).order(), step.provider(), "none");
	}

	private Order replay(Claim claim, String hash, String key) {
		if (!claim.requestHash().equals(hash)) {
			throw reused(key);
		}
		return store.find(claim.order()).orElseThrow(() -> NotFound.of("Order", claim.order()));
	}

	private static Conflict reused(String key) {
		return new Conflict("Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new request");
	}

	private static Conflict inProgress(String key) {
		return new Conflict("A request with Idempotency-Key '" + key + "' is still being processed; retry it in a moment");
	}
}
