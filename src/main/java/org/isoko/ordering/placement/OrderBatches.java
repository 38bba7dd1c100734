package org.isoko.ordering.placement;

import java.util.List;
import java.util.Optional;

import org.isoko.ordering.Order;
import org.isoko.ordering.OrderId;

/**
 * Writing new orders in a batch, for a module that places many orders at once (a drop
 * rush) in its own transaction: the same JDBC batches as checkout, so a batch of winners
 * costs three statements whatever its size. Ordering implements it; the writer calls it
 * inside its transaction (the orders commit or roll back with the writer's own rows).
 */
public interface OrderBatches {

	/**
	 * Inserts new (PLACED) orders with their lines and history as three JDBC batches.
	 */
	void insertAll(List<Order> orders);

	/**
	 * Removes orders inserted by {@link #insertAll} earlier in the current transaction
	 * that turned out not to be placed (a batch may write its orders before it knows
	 * whether the last units go to all of them).
	 */
	void deleteUnplaced(List<OrderId> ids);

	/** An order as stored (e.g. the earlier order of a replayed Idempotency-Key). */
	Optional<Order> find(OrderId id);

}
