package org.isoko.drops;

import java.util.Optional;

import org.isoko.catalog.Stock;
import org.isoko.ordering.Order;
import org.isoko.ordering.ReturnedUnits;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the units of an expired, declined or cancelled order go: a drop order gives them
 * back to its drop (and to the buyer's allowance), or to the lot when the drop has closed
 * meanwhile; a regular order is not ours (false). Runs in the transaction that changes
 * the order's status. Locks in the same order as the reservation path (allowance row,
 * then drop row, then lot row), so the two cannot deadlock.
 */
@Component
class DropStockReturn implements ReturnedUnits {

	private final DropStore drops;

	private final Stock stock;

	DropStockReturn(DropStore drops, Stock stock) {
		this.drops = drops;
		this.stock = stock;
	}

	/**
	 * @return true when the order came from a drop and its units were given back here
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean takeBack(Order order) {
		Optional<DropStore.DropOrder> found = drops.dropOrder(order.id());
		if (found.isEmpty()) {
			return false;
		}
		DropStore.DropOrder dropOrder = found.get();
		drops.releaseAllocation(dropOrder.drop(), dropOrder.buyerOrganisation(), dropOrder.quantity());
		if (!drops.returnToDrop(dropOrder.drop(), dropOrder.quantity())) {
			drops.countReturnedToLot(dropOrder.drop(), dropOrder.quantity());
			order.lines().forEach(line -> stock.release(line.lot(), line.quantity()));
		}
		return true;
	}

}
